<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
<context>
    <name>ActionsBar</name>
    <message>
        <source>Assigned member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <source>Individual (IIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company (BIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid IIN: born %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid BIN: registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a valid BIN: choose Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a valid IIN: choose Individual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the registry of applicants: enter the data; it is kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known applicant: data filled from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Expert commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened or brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationActions</name>
    <message>
        <source>The examination cannot be finished yet; the agreed results lack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this application meanwhile. It has been read again: check it and try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step «%1» cannot be taken in the status «%2».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary by %1; result %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Application registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant data corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page cropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page straightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page made grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed result recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed result changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>Application number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConclusionPanel</name>
    <message>
        <source>Conclusions and refusal letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion %1 drafted; the members sign first, the chairperson last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no signatures yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you started a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you opened version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved this record (version %2) at %3, after %4. Compare the two versions: the differences are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine (save over theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs (discard mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions differ here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Page to crop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Drag a rectangle over the part of the page to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>%1 (overdue by %n working day(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%n working day(s) left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG images (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF images (*.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %n file(s) stored, the rest not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n page(s) stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %n file(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scans, photos and PDFs (or drop files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page a quarter turn counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the page a quarter turn clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;kew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straighten a crooked scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move la&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted page back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan paper documents into this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages yet. Import files, scan, or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page was changed by someone else meanwhile; the pages have been reloaded. Look at it again and repeat the change if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scans and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExaminationChoice</name>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has cultural value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no cultural value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExaminationField</name>
    <message>
        <source>agreed result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author or maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions and markings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinguishing features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of preservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage and repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExaminationForm</name>
    <message>
        <source>Examination form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the application is not under examination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved draft of this record from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was saved by someone else after you started it: if you restore the draft, saving will show both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not save this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown; yours was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Your changes are still in the form and in the draft; save again to see both versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExaminationValue</name>
    <message>
        <source>Page %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agreed result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 «%2»: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSection</name>
    <message>
        <source>until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no accounts yet. Create the administrator, who then adds the clerks and the commission&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Viewer shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+  /  −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the zoom (fit the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R  /  Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the view right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDn  /  PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag, arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move around the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning the view does not change the stored page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <source>History of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The number must have 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: look for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid number: no check digit fits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits are not a valid birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7th digit (century and sex) must be from 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 3 and 4 must be the month of registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 5th digit must be the entity type (4, 5 or 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6th digit must be the division (0 to 3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pages are rendered at this resolution; finer images are reduced to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Items to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsList</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not examined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed; missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed, complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Name of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert commission on the temporary export of cultural valuables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after repeated failed sign-ins. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Expert commission — registry of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a signed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expert commission on the temporary export of cultural valuables&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Registers applications for the certificate for the right to temporarily export cultural valuables, supports the commission&apos;s examination and issues the signed conclusion.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementRows</name>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dimensions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageKind</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLinkRows</name>
    <message>
        <source>Show in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the page in the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or pages linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageThumbnailModel</name>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thumbnail could not be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straightening the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straightened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting to grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted %1 to grayscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropped %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cropping the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to place %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from this application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion is recorded in the audit journal; Undo brings the page back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDocument</name>
    <message>
        <source>Application (Annex 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the passport or ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company registration certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs of the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation or agreement from the host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>The reasons for the refusal, as the applicant will read them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the examination is repeated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;*&lt;/span&gt; needed in the agreed result before the examination can be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport or ID card No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the application (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not register applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural valuables to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary examination due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To register, complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the application being entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationProblem</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains invisible control characters: retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the birth date in the IIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country other than Kazakhstan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be before the start of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryWidget</name>
    <message>
        <source>Search by number, IIN/BIN or applicant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestSection</name>
    <message>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No scanner found. Connect and switch on the scanner, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanners could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning page %1 (%2 stored)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanViewer</name>
    <message>
        <source>Scan viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the view left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the view right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scanning</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white (line art)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document feeder (ADF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs the conclusion %2 with their electronic digital signature (EDS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file (.p12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#11 library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. http://tsp.pki.gov.kz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file (.p12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 library was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token&apos;s label and PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: export agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: export not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Documents are complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue: export agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue: export not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the examination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport or ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disallowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: the document has no signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: every signature is intact, valid and trusted, and nothing was changed after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: see the signatures marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_QuantityDelegate</name>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Remove the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
