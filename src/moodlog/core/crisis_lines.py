"""Crisis lines by country, each with the official page it was confirmed on and the date.

A wrong number is worse than none (CLINICAL.md section 6; Martinengo et al. 2019 found six
apps listing wrong crisis numbers). So a line is listed only when the service's own site, its
operator's, or a government site states it; where none was confirmed, a country shows only its
emergency number (when that too was confirmed) and findahelpline.com. Before changing a number,
confirm it again on an official page and update ``checked``.

Left out for now (no official page confirmed): Spain 024, Italy, Sweden (Mind 90101),
Denmark (Livslinien), Norway (Mental Helse 116 123), Iceland, Poland (800 70 2222),
Brazil (CVV 188), Mexico, India (Tele MANAS 14416), Japan's phone lines; the French-speaking
Belgian line; the emergency numbers of the UK, New Zealand, Switzerland, Norway, Iceland,
Brazil, Mexico, India and Japan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CHECKED = date(2026, 12, 2)

#: The EU's single emergency number. Read as quoted from Directive 2002/22/EC, Article 26
#: ("all end-users ... are able to call the emergency services free of charge ... by using the
#: single European emergency call number 112"), now Article 109 of Directive (EU) 2018/1972.
EU_112 = "https://eur-lex.europa.eu/eli/dir/2018/1972/oj"


@dataclass(frozen=True, slots=True)
class Line:
    """One way to reach a service: ``how`` is "call", "text" or "web"."""

    how: str
    value: str
    label: str = ""

    def uri(self) -> str:
        """The link the system opens: tel:, sms: or https:."""
        if self.how == "web":
            return self.value if "://" in self.value else f"https://{self.value}"
        digits = "".join(c for c in self.value if c.isdigit() or c == "+")
        return f"{'tel' if self.how == 'call' else 'sms'}:{digits}"

    def text(self) -> str:
        shown = self.value.removeprefix("https://").removesuffix("/")
        if self.how == "web":
            return f"{self.label or 'online'} at {shown}"
        return f"{self.how} {shown}" + (f" ({self.label})" if self.label else "")


@dataclass(frozen=True, slots=True)
class Resource:
    """A crisis service (or the emergency number) and where it was confirmed."""

    service: str
    lines: tuple[Line, ...]
    sources: tuple[str, ...]
    note: str = ""
    emergency: bool = False
    checked: date = CHECKED

    def text(self) -> str:
        note = f" ({self.note})" if self.note else ""
        if [line.value.removeprefix("https://") for line in self.lines] == [self.service]:
            return f"{self.service}{note}"
        return f"{self.service}{note}: " + ", ".join(line.text() for line in self.lines)


def _call(number: str, label: str = "") -> Line:
    return Line("call", number, label)


def _text(number: str, label: str = "") -> Line:
    return Line("text", number, label)


def _web(url: str, label: str = "") -> Line:
    return Line("web", url, label)


def _emergency(number: str, *sources: str) -> Resource:
    return Resource("Emergency services", (_call(number),), tuple(sources), emergency=True)


ANYWHERE = Resource(
    "findahelpline.com", (_web("https://findahelpline.com"),),
    ("https://findahelpline.com",), note="lists vetted helplines by country")

#: ISO 3166 code -> (country name, resources). Emergency entries come last.
COUNTRIES: dict[str, tuple[str, tuple[Resource, ...]]] = {
    "us": ("United States", (
        Resource("988 Suicide & Crisis Lifeline",
                 (_call("988"), _text("988"), _web("https://988lifeline.org", "chat")),
                 ("https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/"
                  "988-suicide-crisis-lifeline",), note="free, 24/7"),
        _emergency("911", "https://health.wyo.gov/publichealth/prevention/wivpp/"
                          "suicide-prevention/988-suicide-crisis-lifeline"),
    )),
    "ca": ("Canada", (
        Resource("9-8-8: Suicide Crisis Helpline", (_call("988"), _text("988")),
                 ("https://www.newswire.ca/news-releases/government-of-canada-launches-"
                  "three-digit-suicide-crisis-helpline-896472116.html",),
                 note="English and French, 24/7"),
        _emergency("911", "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/"),
    )),
    "gb": ("United Kingdom", (
        Resource("Samaritans", (_call("116 123"),),
                 ("https://www.samaritans.org/how-we-can-help/contact-samaritan/",),
                 note="free, 24/7"),
    )),
    "ie": ("Ireland", (
        Resource("Samaritans", (_call("116 123"),),
                 ("https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-"
                  "wales/samaritans-ireland/journey",), note="free, 24/7"),
        _emergency("112", EU_112),
    )),
    "au": ("Australia", (
        Resource("Lifeline", (_call("13 11 14"), _text("0477 13 11 14")),
                 ("https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
                  "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-"
                  "24-7"), note="24/7"),
        _emergency("000", "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/"),
    )),
    "nz": ("New Zealand", (
        Resource("Need to talk? 1737", (_call("1737"), _text("1737")),
                 ("https://www.health.govt.nz/news-media/news-items/phone-counselling-service-"
                  "busy-following-christchurch-tragedy",), note="free, 24/7"),
    )),
    "de": ("Germany", (
        Resource("TelefonSeelsorge Deutschland", (_call("0800 111 0 111"), _call("0800 111 0 222"),
                                      _web("https://www.telefonseelsorge.de", "chat, mail")),
                 ("https://www.domradio.de/glossar/telefonseelsorge-0",
                  "https://www.evangelisch.de/inhalte/136401/18-07-2016/"
                  "deutsche-telefonseelsorge-besteht-seit-60-jahren"),
                 note="free, anonymous, 24/7"),
        _emergency("112", EU_112),
    )),
    "at": ("Austria", (
        Resource("TelefonSeelsorge Österreich", (_call("142"),),
                 ("https://www.katholisch.at/telefonseelsorge",), note="free, 24/7"),
        _emergency("112", EU_112),
    )),
    "ch": ("Switzerland", (
        Resource("Die Dargebotene Hand / La Main Tendue / Telefono Amico", (_call("143"),
                                                                             _web("https://www.143.ch")),
                 ("https://www.143.ch/en/our-history/",), note="24/7"),
    )),
    "fr": ("France", (
        Resource("3114, numéro national de prévention du suicide", (_call("3114"),),
                 ("https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/",
                  "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-"
                  "du-suicide"), note="free, 24/7"),
        _emergency("112", EU_112),
    )),
    "es": ("Spain", (_emergency("112", EU_112),)),
    "it": ("Italy", (_emergency("112", EU_112),)),
    "nl": ("Netherlands", (
        Resource("113 Zelfmoordpreventie", (_call("113"), _web("https://www.113.nl", "chat")),
                 ("https://www.113.nl/schoolopdracht",), note="free, anonymous"),
        _emergency("112", EU_112),
    )),
    "be": ("Belgium", (
        Resource("Zelfmoordlijn 1813", (_call("1813"), _web("https://www.zelfmoord1813.be",
                                                            "chat")),
                 ("https://zelfmoord1813.be/blog/chat-zelfmoordlijn-langer-geopend",),
                 note="in Dutch, 24/7"),
        _emergency("112", EU_112),
    )),
    "dk": ("Denmark", (_emergency("112", EU_112),)),
    "fi": ("Finland", (
        Resource("MIELI Crisis Helpline", (_call("09 2525 0111", "Finnish"),
                                           _call("09 2525 0112", "Swedish"),
                                           _call("09 2525 0116", "English, Fridays 9-13")),
                 ("https://mieli.fi/helpline",)),
        _emergency("112", "https://mieli.fi/helpline"),
    )),
    "is": ("Iceland", ()),
    "no": ("Norway", ()),
    "se": ("Sweden", (_emergency("112", EU_112),)),
    "pl": ("Poland", (_emergency("112", EU_112),)),
    "br": ("Brazil", ()),
    "mx": ("Mexico", ()),
    "in": ("India", ()),
    "jp": ("Japan", (
        Resource("まもろうよこころ (Ministry of Health, Labour and Welfare)",
                 (_web("https://www.mhlw.go.jp/mamorouyokokoro/", "where to get help"),),
                 ("https://www.city.kizugawa.lg.jp/index.cfm/6,53897,34,478,html",
                  "https://www.vill.nakagusuku.okinawa.jp/sp/detail.jsp?funcid=2&id=101524"
                  "&type=TopicsTopPage")),
    )),
}
