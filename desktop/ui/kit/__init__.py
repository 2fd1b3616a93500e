"""The shared kit at the bottom of the interface: helpers every feature may use, which
import no feature, no window and no screenshot tooling."""
