"""News-page furniture that a body extractor lets through, removed paragraph by paragraph.

Part of the extract stage: ``_html.py`` runs trafilatura, then :func:`clean_paragraphs`.
Every rule is about the *kind* of line (a photo credit, a byline, a "Read more:" teaser, a
newsletter promo, a share prompt, a copyright line, a wire-service credit, a bare contact
address or date stamp), never about one site. Short lines that are not sentences are kept
unless a rule names them: inside an article they are sub-headings and table rows.
"""
from __future__ import annotations

import re

from detente.extract._lines import CREDIT_WITH_SOURCE, describe_line

# Promo, share and contact phrases only fire on paragraphs up to this many words, so a story
# sentence that mentions a newsletter or Twitter is kept (promos measured 5-55 words).
MAX_PROMO_WORDS = 60
# A caption/credit, byline or date stamp line has at most this many words.
MAX_SHORT_WORDS = 12

_I = re.I
# "Read more: ...", "Related: ...", "Also on example.com ...", "Don't miss: ..." teasers.
TEASER = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related(?: posts?| articles?| stor(?:y|ies)| coverage| content)?|"
    r"recommended(?: for you)?|more(?: on this(?: story)?| from [\w ]{1,30}| news| stories)?|you (?:may|might) also like|"
    r"don'?t miss|watch|listen|also on [\w.]+)\s*(?:[:|»>…]|\.\.\.|\s[-–—]\s)", _I)
# Whole-paragraph furniture: headings of comment, tag and share blocks; source and reading-time lines.
FURNITURE = re.compile(
    r"^(?:\d+\s+)?(?:comments?|tags?|topics|share(?: this(?: article| story)?)?|advertisement|advertising|"
    r"sponsored(?: content)?|more|related|recommended|you (?:may|might) also like\.*|don'?t miss|"
    r"story continues below(?: advertisement)?|continue reading(?: below)?|filed under:?.*|source:.{0,60}|"
    r"(?:tempo de )?leitura:.*|reading time:.*|\d+ min(?:ute)?s? read)\s*[:.…|]*$", _I)
# Photo captions and credits: "(Photo: Jane Doe/Agency)", "Image credit: ...", "... / Getty Images".
CREDIT = re.compile(
    r"^[(\[]?\s*(?i:photo(?:graph)?s?|image|picture|pic|foto|credit|illustration|video|image source)"
    r"\s*(?i:credit|courtesy)?\s*(?i:by|of)?\s*[:=|/]|"
    r"(?:^|[/(\s])(?:(?i:getty images|shutterstock|file photo)|Reuters|REUTERS|AP|AFP|EPA|Xinhua)\W*[)\]]?$")
# Bylines: "By Jane Doe", "By Jane Doe and John Roe, Staff Writers", "10:45 AM EST 11/19/2019 by Jane Doe".
BYLINE = re.compile(
    r"^(?:.{0,40}\d.{0,20}\s)?[Bb][Yy]\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4}){0,3}"
    r"(?:[,|–—-]\s*[\w\s]{0,30})?$")
# Wire and contributor credits: "(Reporting by ...; Editing by ...)", "X contributed to this report."
WIRE_CREDIT = re.compile(
    r"^\(?\s*(?:additional |writing and |reporting and )?(?:reporting|editing|writing|compiled|translated)\s+by\b|"
    r"\bcontributed (?:reporting|to this (?:report|story|article))|"
    r"^this (?:article|story) (?:has been|was) (?:adapted|updated|corrected)", _I)
# Newsletter and subscription promos, social and contact prompts, copyright notices.
PROMO = re.compile(
    r"^(?:sign up|subscribe|register|join|get|start your day|don'?t miss|never miss|want more|enjoy(?:ed)? this)\b"
    r".{0,200}\b(?:newsletters?|inbox|subscri\w*|sign up|briefing)\b|"
    r"delivered (?:straight |directly |free )?(?:to|in) your (?:inbox|letterbox|mailbox)|"
    r"^follow\b.{0,60}\bon (?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|"
    r"^(?:e-?mail|reach|contact)\b.{0,60}(?:@|\bat\b)|\bmay be reached at\b|\bhave a (?:news )?tip\b|"
    r"^if you (?:enjoyed|liked|value) (?:this|our)|"
    r"personal,? non-commercial use|presentation-ready copies|"
    r"^(?:copyright|©|\(c\))\s*(?:\d{4}|[A-Z]).{0,200}(?:all rights reserved|$)", _I)
# A paragraph that is only an e-mail address or a social profile.
BARE_CONTACT = re.compile(r"^(?:[\w.+-]+@[\w-]+\.[a-z.]+|(?:https?://)?(?:www\.)?(?:twitter|x|instagram|facebook)\.com/\w+|@\w+)\W*$", _I)
# Headline-list items that carry a media tag: "Some headline [VIDEO]", "Other headline [PICS]|".
TAGGED_HEADLINE = re.compile(r"\[(?:video|pics?|photos?|insight|watch|poll|reveal|latest|live|analysis|warning)\]\W*$", _I)
TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", _I)
SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*$")
# trafilatura writes table rows as "| cell | cell |"; "|---|---|" is the header rule.
TABLE_ROW = re.compile(r"^\|.*\|$")
TABLE_RULE = re.compile(r"^[|\s:-]+$")


def table_row_text(text: str) -> str | None:
    """The cells of a table row joined by spaces ("" for a rule row), or None for other text."""
    if not TABLE_ROW.match(text):
        return None
    if TABLE_RULE.match(text):
        return ""
    return " ".join(cell.strip() for cell in text.strip("|").split("|") if cell.strip())


def is_news_furniture(text: str) -> str | None:
    """The name of the rule that marks ``text`` as page furniture, or None for story text."""
    words = len(text.split())
    if FURNITURE.match(text):
        return "heading"
    if words <= MAX_PROMO_WORDS and TEASER.match(text):
        return "teaser"
    if words <= MAX_SHORT_WORDS and CREDIT.search(text) and not SENTENCE_END.search(text.rstrip(")]")):
        return "credit"
    if words <= MAX_SHORT_WORDS and BYLINE.match(text):
        return "byline"
    if words <= MAX_PROMO_WORDS and WIRE_CREDIT.search(text):
        return "wire credit"
    if words <= MAX_PROMO_WORDS and PROMO.search(text):
        return "promo"
    if BARE_CONTACT.match(text):
        return "contact"
    if words <= 20 and TAGGED_HEADLINE.search(text):
        return "tagged headline"
    if words <= MAX_SHORT_WORDS and not SENTENCE_END.search(re.sub(r"[ap]\.m\.$", "pm", text)):
        features = describe_line(text)
        if (features.has_date or features.date_label) and (features.date_label or TIME_OF_DAY.search(text)) \
                and _mostly_date(text):
            return "date stamp"
    return None


def _mostly_date(text: str) -> bool:
    """At most two words of a short line are not digits, month names or time words."""
    others = [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _DATE_WORDS]
    return len(others) <= 2


_DATE_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday "
    "friday saturday sunday am pm a m p at on updated published posted gmt utc est edt pst pdt cst cdt "
    "bst cet kst jst ist".split())


def clean_paragraphs(paragraphs: list[str], *, title: str | None, captions: list[str] | None = None) -> list[str]:
    """Drop furniture paragraphs; skip a related-links list after its heading.

    A list heading ("Most Read", "Don't miss") drops the heading and the short non-sentence
    lines after it (the linked headlines); story paragraphs after the list are kept.
    Photo captions and credits dropped here are appended to ``captions`` when it is given.
    """
    kept: list[str] = []
    in_list = False
    for paragraph in paragraphs:
        text = re.sub(r"\s+", " ", paragraph).strip()
        row = table_row_text(text)
        if row is not None:  # a table cell row is data, not a menu: keep it unless furniture
            if row and not in_list and not FURNITURE.match(row):
                kept.append(row)
            continue
        if not text:
            continue
        features = describe_line(text)
        if features.list_heading:
            in_list = True
            continue
        if in_list:
            if not (features.prose or SENTENCE_END.search(text) and features.words >= 15):
                continue
            in_list = False
        if features.furniture or features.credit or features.nav_like or (title and text == title):
            if captions is not None and features.credit and CREDIT_WITH_SOURCE.match(text):
                captions.append(text)
            continue
        rule = is_news_furniture(text)
        if rule:
            if captions is not None and rule == "credit":
                captions.append(text)
            continue
        kept.append(text)
    return kept
