"""Press contacts: a name on a line near an e-mail address or a phone number."""

from __future__ import annotations

from .rules import Rule

# -- press contacts -----------------------------------------------------------------------------
EMAIL = Rule(
    name="people.contact_email",
    pattern=r"(?<![\w.+-])[\w.+-]{1,64}(?:@|\(at\)|\[at\])[\w-]{1,64}(?:\.[\w-]{1,64}){1,5}",
    examples=("amara.okafor(at)example.org", "t.wielicki@example.com"),
    rejects=("Amara Okafor", "www.example.org"),
    doc="An e-mail address, the sign of a press-contact block.",
)

PHONE = Rule(
    name="people.contact_phone",
    pattern=r"(?<![\w+])(?:\+|00)\d{1,3}(?:[ .()/-]{1,3}\d{1,5}){2,6}(?!\w)",
    examples=("+32 2 209 94 41", "Tel.: +41 31 350 31 11", "+32 (0)2 209 92 11"),
    rejects=("2017-2019", "on 12 March 2019", "Article 7.1"),
    doc="An international phone number, the other sign of a press-contact block.",
)


def contact_lines(text: str, warnings: list[str] | None) -> list[tuple[int, int]]:
    """Where a contact's name may stand in a press-contact block (the lines holding an e-mail
    address or a phone number, and up to four lines above them in the same block): each line
    start and each point after a colon, up to the next comma or the end of the line."""
    out: set[tuple[int, int]] = set()
    # Neither rule can match without its sign: skip the scans of most texts.
    rules = [rule for rule, signs in ((EMAIL, ("@", "(at)", "[at]")), (PHONE, ("+", "00"))) if any(s in text for s in signs)]
    signs = [m.start() for rule in rules for m in rule.finditer(text, 0, len(text), warnings)]
    for pos in signs:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        for _ in range(5):
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end]
            if not line.strip():
                break
            for cut in [0] + [i + 1 for i, c in enumerate(line) if c == ":"]:
                seg_start = start + cut + len(line[cut:]) - len(line[cut:].lstrip())
                comma = line.find(",", cut)
                out.add((seg_start, start + comma if comma >= 0 else end))
            if start == 0:
                break
            end = start - 1
    return sorted(out)
