"""The portal's data model, written once.

Every other part is derived from these classes: the validator walks their type
hints, the JSON Schema and the CSV/JSON export are generated from them, and the
templates read them. A field's ``doc`` metadata is the text maintainers see in
error messages, in the schema (editor hover) and in CONTRIBUTING.md.

Field types carry their rule as ``Annotated`` metadata so that "what is valid"
lives next to the field, not in a separate validator table.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal, Optional


# --- rules attached to string fields -------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """Marker base: the validator dispatches on the concrete class."""


@dataclass(frozen=True)
class TextRule(Rule):
    """Plain text shown to readers: NFC, no surrounding spaces, no markup/template syntax."""
    multiline: bool = False


@dataclass(frozen=True)
class IdRule(Rule):
    """Stable identifier used in URLs: lower-case ASCII letters, digits and hyphens."""


@dataclass(frozen=True)
class CountryRule(Rule):
    """ISO 3166-1 alpha-2 code, or one of the codes defined in data/places.yaml."""


@dataclass(frozen=True)
class SubdivisionRule(Rule):
    """ISO 3166-2 code such as MD-GA; must belong to the record's country."""


@dataclass(frozen=True)
class PartialDateRule(Rule):
    """YYYY, YYYY-MM or YYYY-MM-DD, between 1900 and today."""


@dataclass(frozen=True)
class NewCountryCodeRule(Rule):
    """A code for an entity missing from ISO 3166-1: two letters from the user-assigned range XA-XZ."""


@dataclass(frozen=True)
class UrlRule(Rule):
    """An absolute http(s) URL."""


@dataclass(frozen=True)
class RefRule(Rule):
    """Reference by id to a record defined elsewhere (``target`` names the collection)."""
    target: str


Text = Annotated[str, TextRule()]
LongText = Annotated[str, TextRule(multiline=True)]
Id = Annotated[str, IdRule()]
Country = Annotated[str, CountryRule()]
Subdivision = Annotated[str, SubdivisionRule()]
PartialDate = Annotated[str, PartialDateRule()]
Url = Annotated[str, UrlRule()]
SourceRef = Annotated[str, RefRule("sources")]
NetworkRef = Annotated[str, RefRule("networks")]
ProgrammeRef = Annotated[str, RefRule("programmes")]
AgreementRef = Annotated[str, RefRule("agreements")]
Year = Annotated[int, PartialDateRule()]


def doc(text: str, **kw):
    """A dataclass field with its documentation for maintainers."""
    return field(metadata={"doc": text}, **kw)


def optional(text: str):
    return doc(text, default=None)


def many(text: str):
    return doc(text, default_factory=list)


# --- reference data --------------------------------------------------------------------

@dataclass(frozen=True)
class Source:
    id: Id = doc("Identifier other records cite, e.g. 'paper'.")
    title: Text = doc("Title of the document as published.")
    kind: Literal["paper", "law", "report", "web"] = doc("What sort of document it is.")
    author: Optional[Text] = optional("Author(s), if known.")
    year: Optional[Year] = optional("Year of publication, if known.")
    url: Optional[Url] = optional("Where the document can be read (http or https).")
    file: Optional[Text] = optional("Path of a copy kept beside the data, if any.")
    note: Optional[LongText] = optional("What the reader should know about this source.")


@dataclass(frozen=True)
class Network:
    id: Id = doc("Identifier memberships refer to, e.g. 'iclei'.")
    name: Text = doc("Name in Turkish as commonly used.")
    short_name: Optional[Text] = optional("Acronym, e.g. 'ICLEI'.")
    name_en: Optional[Text] = optional("Name in English.")
    url: Optional[Url] = optional("Official web site.")


@dataclass(frozen=True)
class Programme:
    id: Id = doc("Identifier projects refer to, e.g. 'horizon-2020'.")
    name: Text = doc("Name of the programme or fund.")
    name_en: Optional[Text] = optional("Name in English, if different.")
    funder: Optional[Text] = optional("Who funds it, e.g. 'Avrupa Birliği'.")
    url: Optional[Url] = optional("Official web site.")


@dataclass(frozen=True)
class CountryEntity:
    """A place used like a country that ISO 3166-1 does not list (e.g. Kosovo)."""
    code: Annotated[str, NewCountryCodeRule()] = doc("Two upper-case letters from the user-assigned range (XA-XZ).")
    name_tr: Text = doc("Name in Turkish.")
    name_en: Text = doc("Name in English.")
    flag: Optional[Text] = optional("Flag emoji, if one exists.")
    note: Optional[LongText] = optional("Why this entity is not in ISO 3166-1.")


# --- district records -----------------------------------------------------------------

@dataclass(frozen=True)
class Citation:
    source: SourceRef = doc("Id of a source in data/sources.yaml.")
    table: Optional[int] = optional("Table number in the source, if the fact comes from a table.")
    section: Optional[Text] = optional("Section or page of the source, if not a table.")
    quote: Optional[LongText] = optional("The words of the source this record is based on, as written.")


@dataclass(frozen=True)
class Partner:
    as_written: Text = doc("The partner's name exactly as the source writes it.")
    name: Optional[Text] = optional("Standard name of the place, if it can be identified with certainty.")
    name_en: Optional[Text] = optional("English name of the place, if different from the standard name.")


@dataclass(frozen=True)
class LegalStep:
    date: Optional[PartialDate] = optional("Date of the decision (YYYY-MM-DD, or YYYY-MM / YYYY if only that is known).")
    number: Optional[Text] = optional("Number of the decision as written on the document.")


AGREEMENT_KINDS = ("sister_city", "friendship", "cooperation")
AGREEMENT_STATUSES = ("active", "suspended", "ended", "unknown")


@dataclass(frozen=True)
class Agreement:
    """A sister-city ("kardeş şehir") or other formal tie with a foreign local government."""
    id: Id = doc("Stable identifier, used in the page URL: '<district>-<partner>', e.g. 'adalar-nacka'.")
    partner: Partner = doc("The partner municipality or city.")
    country: Country = doc("Partner's country: ISO 3166-1 alpha-2 code such as 'SE', or a code from data/places.yaml.")
    kind: Literal["sister_city", "friendship", "cooperation"] = doc("Kind of tie.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    subdivision: Optional[Subdivision] = optional("ISO 3166-2 code of the partner's region, e.g. 'MD-GA' (Gagauzia).")
    status: Literal["active", "suspended", "ended", "unknown"] = doc("Current state, if documented.", default="unknown")
    council_decision: Optional[LegalStep] = optional("Municipal council decision (Law 5393 art. 74).")
    ministry_approval: Optional[LegalStep] = optional("Ministry approval (Law 5393 art. 74).")
    signed: Optional[PartialDate] = optional("Date the agreement was signed.")
    note: Optional[LongText] = optional("Anything the reader should know that has no field of its own.")
    summary_en: Optional[LongText] = optional("Short English summary for the English edition.")


@dataclass(frozen=True)
class Membership:
    """Membership of an international network of local governments."""
    id: Id = doc("Stable identifier, e.g. 'kartal-iclei'.")
    network: NetworkRef = doc("Id of a network in data/networks.yaml.")
    as_written: Text = doc("The membership as the source writes it.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    since: Optional[PartialDate] = optional("Year (or date) the membership began.")


@dataclass(frozen=True)
class ProjectPartner:
    name: Text = doc("Partner organisation or place, as written.")
    country: Optional[Country] = optional("Its country code.")


PROJECT_STATUSES = ("planned", "ongoing", "completed", "unknown")


@dataclass(frozen=True)
class Project:
    """An international project: EU-funded or otherwise."""
    id: Id = doc("Stable identifier, used in the page URL, e.g. 'uskudar-cities-4-people'.")
    title: Text = doc("Title as written in the source (keep the original language).")
    description: LongText = doc("What the source says about the project, as written.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    title_en: Optional[Text] = optional("English title for the English edition.")
    summary_en: Optional[LongText] = optional("Short English summary for the English edition.")
    programme: Optional[ProgrammeRef] = optional("Id of a programme in data/programmes.yaml.")
    funder: Optional[Text] = optional("Funder or partner institution as written, if no programme applies.")
    partners: list[ProjectPartner] = many("Partner organisations or cities named in the source.")
    countries: list[Country] = many("Countries involved, where the source names countries rather than partners.")
    start: Optional[PartialDate] = optional("When the project began.")
    end: Optional[PartialDate] = optional("When it ended or will end.")
    status: Literal["planned", "ongoing", "completed", "unknown"] = doc("State as the source reports it.", default="unknown")
    agreements: list[AgreementRef] = many("Ids of agreements this project was carried out under.")


ACTIVITY_KINDS = ("festival", "conference", "visit", "exhibition", "training", "study_trip", "aid", "exchange")


@dataclass(frozen=True)
class Activity:
    """A festival, conference, visit, exhibition, training, study trip, aid programme or exchange."""
    id: Id = doc("Stable identifier, e.g. 'pendik-helsinki-study-trip'.")
    kind: Literal["festival", "conference", "visit", "exhibition", "training", "study_trip", "aid", "exchange"] = doc(
        "What sort of activity it is.")
    description: LongText = doc("What the source says, as written.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    title: Optional[Text] = optional("Short name of the activity, if it has one.")
    title_en: Optional[Text] = optional("English title for the English edition.")
    summary_en: Optional[LongText] = optional("Short English summary for the English edition.")
    date: Optional[PartialDate] = optional("When it took place (YYYY, YYYY-MM or YYYY-MM-DD).")
    countries: list[Country] = many("Countries involved.")
    places: list[Text] = many("Places named in the source, as written.")
    agreements: list[AgreementRef] = many("Ids of agreements this activity was part of.")
    networks: list[NetworkRef] = many("Ids of networks involved.")


@dataclass(frozen=True)
class District:
    """One of Istanbul's district municipalities: one file data/districts/<slug>.yaml."""
    slug: Id = doc("ASCII form of the name; must equal the file name (kadikoy for kadikoy.yaml).")
    name: Text = doc("Name in Turkish, e.g. 'Kadıköy'.")
    agreements: list[Agreement] = many("Sister-city and other formal ties.")
    memberships: list[Membership] = many("Memberships of international networks.")
    projects: list[Project] = many("International projects.")
    activities: list[Activity] = many("Festivals, conferences, visits, exhibitions, trainings, study trips, aid.")


# --- files ----------------------------------------------------------------------------

@dataclass(frozen=True)
class SourcesFile:
    sources: list[Source] = doc("Documents that records cite.")


@dataclass(frozen=True)
class NetworksFile:
    networks: list[Network] = doc("International networks of local governments.")


@dataclass(frozen=True)
class ProgrammesFile:
    programmes: list[Programme] = doc("Funding programmes (EU and other).")


@dataclass(frozen=True)
class PlacesFile:
    countries: list[CountryEntity] = doc("Entities used like countries but missing from ISO 3166-1.")


RECORD_KINDS = {
    "agreements": Agreement,
    "memberships": Membership,
    "projects": Project,
    "activities": Activity,
}


@dataclass(frozen=True)
class Portal:
    """The whole validated data set: what the site is built from."""
    districts: tuple[District, ...]
    sources: tuple[Source, ...]
    networks: tuple[Network, ...]
    programmes: tuple[Programme, ...]
    countries: tuple[CountryEntity, ...]
    # Where each record was defined (id -> "data/districts/x.yaml"), for edit links and errors.
    origin: dict = field(default_factory=dict, compare=False)
