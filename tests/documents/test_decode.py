"""Reading files into pages: formats, orientation, resolution, and every kind of bad file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from desktop.documents import DecodeLimits, ImportRejected, count_pages, open_document
from desktop.documents.decode import image_dpi
from tests.documents import samples


def _pages(path: Path, **kwargs: object) -> list[tuple[Image.Image, float | None]]:
    with open_document(path, **kwargs) as reader:  # type: ignore[arg-type]
        return [(p.image.copy(), p.dpi) for p in reader]


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    upright = samples.photo((300, 200))
    # Orientation 6 means "rotate 90° clockwise to display": store the pixels turned back.
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    path = samples.write(tmp_path, "phone.jpg", samples.jpeg_bytes(stored, orientation=6))
    [(image, _)] = _pages(path)
    assert image.size == (300, 200)
    # The red marker is in the top-left corner again.
    r, g, b = image.getpixel((20, 20))
    assert r > 180 and g < 80 and b < 80
    assert image.getexif().get(0x0112) in (None, 1)


def test_every_tiff_frame_is_a_page(tmp_path: Path) -> None:
    frames = [samples.text_page((400, 560), seed=i) for i in range(3)]
    path = samples.write(tmp_path, "three.tif", samples.tiff_bytes(frames, dpi=200))
    pages = _pages(path)
    assert len(pages) == 3
    assert count_pages(path) == 3
    for (image, dpi), frame in zip(pages, frames, strict=True):
        assert image.size == (400, 560)
        assert dpi == pytest.approx(200)
        assert image.tobytes() == frame.tobytes()  # LZW is lossless: the same pixels


def test_pdf_pages_are_rendered_at_the_chosen_dpi(tmp_path: Path) -> None:
    # Two pages of 2 × 3 inches (144 × 216 pt) and 4 × 2 inches.
    pdf = samples.pdf_bytes([Image.new("RGB", (144, 216), "white"),
                             Image.new("RGB", (288, 144), (200, 30, 30))])
    path = samples.write(tmp_path, "two.pdf", pdf)
    assert count_pages(path) == 2
    pages = _pages(path, dpi=150)
    assert [p.size for p, _ in pages] == [(300, 450), (600, 300)]
    assert [dpi for _, dpi in pages] == [150, 150]
    r, g, b = pages[1][0].getpixel((300, 150))
    assert r > 180 and g < 50 and b < 50  # the red page (Pillow stores it as JPEG)


def test_jpeg_finer_than_wanted_is_decoded_at_a_reduced_scale(tmp_path: Path) -> None:
    path = samples.write(tmp_path, "fine.jpg",
                         samples.jpeg_bytes(samples.text_page((2480, 3508)), dpi=600))
    [(image, dpi)] = _pages(path, dpi=300)
    assert image.size == (1240, 1754)  # libjpeg's 1/2 scale, not the full 600 dpi image
    assert dpi == pytest.approx(300)


def test_image_dpi_ignores_nonsense() -> None:
    assert image_dpi({"dpi": (299.9994, 299.9994)}) == pytest.approx(300, abs=0.01)
    assert image_dpi({"dpi": (1, 1)}) is None
    assert image_dpi({}) is None


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.jpg", b"", "the file is empty"),
        ("notes.txt", "Бұл сурет емес".encode(), "not one of JPEG, PNG, TIFF, PDF"),
        ("bomb.png", samples.png_bomb_bytes(), "too large to decode safely"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj garbage", "the PDF is damaged"),
        ("locked.pdf", samples.encrypted_pdf_bytes(), "encrypted with a password"),
        ("picture.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "unknown format"),
    ],
)
def test_bad_files_are_rejected_by_name(tmp_path: Path, name: str, data: bytes,
                                        reason: str) -> None:
    path = samples.write(tmp_path, name, data)
    with pytest.raises(ImportRejected, match=reason) as caught:
        _pages(path)
    assert caught.value.file == str(path)
    assert str(caught.value).startswith(f"{path}: ")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF"])
def test_truncated_images_are_rejected(tmp_path: Path, fmt: str) -> None:
    out = io.BytesIO()
    samples.photo((800, 600)).save(out, fmt)
    data = out.getvalue()
    path = samples.write(tmp_path, f"cut.{fmt.lower()}", data[: len(data) * 2 // 3])
    with pytest.raises(ImportRejected, match=r"truncated|damaged"):
        _pages(path)


def test_missing_file_and_folder_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="the file does not exist"):
        _pages(tmp_path / "nowhere.jpg")
    with pytest.raises(ImportRejected, match="is a folder"):
        _pages(tmp_path)


def test_pixel_limit_is_per_call_and_leaves_pillow_alone(tmp_path: Path) -> None:
    global_limit = Image.MAX_IMAGE_PIXELS
    path = samples.write(tmp_path, "big.png", samples.png_bytes(Image.new("L", (2000, 1500))))
    with pytest.raises(ImportRejected, match=r"2000×1500 pixels .* limit of 2 megapixels"):
        _pages(path, limits=DecodeLimits(max_pixels=2_000_000))
    assert len(_pages(path, limits=DecodeLimits(max_pixels=3_000_000))) == 1
    assert global_limit == Image.MAX_IMAGE_PIXELS


def test_pdf_page_beyond_the_pixel_limit_at_the_chosen_dpi(tmp_path: Path) -> None:
    path = samples.write(tmp_path, "poster.pdf",
                         samples.pdf_bytes([Image.new("RGB", (1440, 1440), "white")]))
    # 20 × 20 inches at 600 dpi would be 144 megapixels.
    with pytest.raises(ImportRejected, match="page 1 at 600 dpi is 12000×12000"):
        _pages(path, dpi=600)


def test_page_count_limits(tmp_path: Path) -> None:
    limits = DecodeLimits(max_pages=2)
    pdf = samples.write(tmp_path, "long.pdf",
                        samples.pdf_bytes([Image.new("RGB", (72, 72))] * 3))
    with pytest.raises(ImportRejected, match="the PDF has 3 pages, more than the limit of 2"):
        _pages(pdf, limits=limits)
    tif = samples.write(tmp_path, "long.tif",
                        samples.tiff_bytes([Image.new("L", (50, 50))] * 3))
    with pytest.raises(ImportRejected, match="the TIFF has 3 pages"):
        _pages(tif, limits=limits)
    assert count_pages(tif, limits) == 1  # unknown: the import proper rejects it


def test_damaged_tiff_frame_rejects_the_whole_file(tmp_path: Path) -> None:
    frames = [samples.photo((300, 200), seed=i) for i in range(3)]
    data = samples.tiff_bytes(frames)
    path = samples.write(tmp_path, "scan.tif", data[: len(data) - 2000])
    with pytest.raises(ImportRejected):
        _pages(path)
