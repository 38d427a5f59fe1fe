"""The portal's data model, written once.

Every other part is derived from these classes: the validator walks their type
hints, the JSON Schema and the CSV/JSON export are generated from them, and the
templates read them. A field's ``doc`` metadata is the text maintainers see in
error messages, in the schema (editor hover) and in CONTRIBUTING.md.

Field types carry their rule as ``Annotated`` metadata so that "what is valid"
lives next to the field, not in a separate validator table.
"""
from __future__ import annotations

from dataclasses import MISSING, Field, dataclass, field
from typing import Annotated, Any, Literal, Optional

# The rules a field's type carries (rules.py: each checks its values, gives its schema and describes itself).
from .rules import (CountryRule as CountryRule, IdRule as IdRule, LanguageRule as LanguageRule,
                    NewCountryCodeRule as NewCountryCodeRule, PartialDateRule as PartialDateRule, RefRule as RefRule,
                    Rule as Rule, SubdivisionRule as SubdivisionRule, TextRule as TextRule, UrlRule as UrlRule)


# --- the types of string fields, with their rules -------------------------------------------

Text = Annotated[str, TextRule()]
LongText = Annotated[str, TextRule(multiline=True)]
Id = Annotated[str, IdRule()]
Country = Annotated[str, CountryRule()]
Subdivision = Annotated[str, SubdivisionRule()]
PartialDate = Annotated[str, PartialDateRule()]
Url = Annotated[str, UrlRule()]
Language = Annotated[str, LanguageRule()]
SourceRef = Annotated[str, RefRule("sources")]
NetworkRef = Annotated[str, RefRule("networks")]
ProgrammeRef = Annotated[str, RefRule("programmes")]
AgreementRef = Annotated[str, RefRule("agreements")]
ActivityRef = Annotated[str, RefRule("activities")]
Year = Annotated[int, PartialDateRule()]


def doc(text: str, **kw: Any) -> Any:
    """A dataclass field with its documentation for maintainers (typed Any, as ``field()`` is: the
    class attribute it initialises has the field's own type)."""
    return field(metadata={"doc": text}, **kw)


def field_doc(f: Field[Any]) -> str:
    """A field's documentation, as validation messages, the schema and the field reference show it."""
    return str(f.metadata.get("doc", ""))


def is_required(f: Field[Any]) -> bool:
    """A field without a default must be written; a required list must also have an entry."""
    return f.default is MISSING and f.default_factory is MISSING


def optional(text: str) -> Any:
    return doc(text, default=None)


def english_of(base: str, text: str) -> Any:
    """The English text of field `base`: a text we write exists in both editions or in neither, so the
    validator refuses one without the other (`translations`)."""
    return field(default=None, metadata={"doc": text, "translates": base})


def translations(cls: type[Any]) -> tuple[tuple[str, str], ...]:
    """(Turkish field, English field) pairs of a model class."""
    from dataclasses import fields

    return tuple((f.metadata["translates"], f.name) for f in fields(cls) if "translates" in f.metadata)


def in_language(record: Any, name: str, lang: str) -> Any:
    """A text field in the edition's language: `name_en` in English, `name` in Turkish."""
    return getattr(record, f"{name}_en") if lang == "en" else getattr(record, name)


def many(text: str) -> Any:
    return doc(text, default_factory=list)


# --- reference data --------------------------------------------------------------------

SOURCE_KINDS = ("academic_article", "thesis", "municipal_page", "partner_page", "council_decision",
                "activity_report", "news", "official_statistics", "encyclopedia", "law", "other")
# Kinds whose full text is not ours to keep: a quote from them is checked against the excerpt we keep.
EXCERPT_EXEMPT_KINDS = ("academic_article", "thesis", "law")


@dataclass(frozen=True)
class Source:
    """A document records cite: defined once (in data/sources.yaml or a district file) and cited by id."""
    id: Id = doc("Identifier other records cite, e.g. 'kadikoy-berlin-staedtepartner'; start it with the district slug.")
    title: Text = doc("Title of the document or page as published.")
    kind: Literal["academic_article", "thesis", "municipal_page", "partner_page", "council_decision",
                  "activity_report", "news", "official_statistics", "encyclopedia", "law", "other"] = doc(
        "What sort of document it is.")
    accessed: PartialDate = doc("When we read it (YYYY-MM-DD), or received it.")
    url: Optional[Url] = optional("Public address where a reader can open it (http or https); a document received "
                                  "on paper or by e-mail has 'file' instead.")
    file: Optional[Text] = optional("A document kept in the repository, as 'documents/<name>' under data/ (e.g. a "
                                    "municipality's answer to an information request); published with the site.")
    language: Optional[Language] = optional("Language of the document: ISO 639-1 code such as 'tr' or 'de'.")
    authors: list[Text] = many("Authors as 'Family, Given', in the order the document gives them.")
    publisher: Optional[Text] = optional("Who publishes it: the site owner, newspaper, agency or publisher.")
    published: Optional[PartialDate] = optional("Publication date, if the document gives one.")
    journal: Optional[Text] = optional("Journal name, for an academic article.")
    volume: Optional[int] = optional("Journal volume.")
    issue: Optional[int] = optional("Journal issue.")
    pages: Optional[Text] = optional("Page range in the journal, e.g. '303-316'.")
    doi: Optional[Text] = optional("DOI without the resolver, e.g. '10.1234/abcd'.")
    title_en: Optional[Text] = optional("English title, if the document gives one.")
    excerpt: Optional[LongText] = optional(
        "The passage the quotes come from, as read on the page (kept so the evidence survives the page).")
    note: Optional[LongText] = optional("What the reader should know about this source, in Turkish.")
    note_en: Optional[LongText] = english_of("note", "The same note in English.")


@dataclass(frozen=True)
class Network:
    id: Id = doc("Identifier memberships refer to, e.g. 'iclei'.")
    name: Text = doc("Name in Turkish as commonly used.")
    name_en: Text = doc("Name in English.")
    short_name: Optional[Text] = optional("Acronym, e.g. 'ICLEI'.")
    url: Optional[Url] = optional("Official web site.")


@dataclass(frozen=True)
class Programme:
    id: Id = doc("Identifier projects refer to, e.g. 'horizon-2020'.")
    name: Text = doc("Name of the programme or fund, in Turkish.")
    name_en: Text = doc("Name in English.")
    funder: Optional[Text] = optional("Who funds it, in Turkish, e.g. 'Avrupa Birliği'.")
    funder_en: Optional[Text] = english_of("funder", "Who funds it, in English.")
    url: Optional[Url] = optional("Official web site.")


@dataclass(frozen=True)
class CountryEntity:
    """A place used like a country that ISO 3166-1 does not list (e.g. Kosovo)."""
    code: Annotated[str, NewCountryCodeRule()] = doc("Two upper-case letters from the user-assigned range (XA-XZ).")
    name_tr: Text = doc("Name in Turkish.")
    name_en: Text = doc("Name in English.")
    flag: Optional[Text] = optional("Flag emoji, if one exists.")
    note: Optional[LongText] = optional("Why this entity is not in ISO 3166-1, in Turkish.")
    note_en: Optional[LongText] = english_of("note", "The same note in English.")


# --- district records -----------------------------------------------------------------

HOME_COUNTRY = "TR"
AGREEMENT_STATUSES = ("active", "dormant", "ended", "unknown")
AgreementStatus = Literal["active", "dormant", "ended", "unknown"]


@dataclass(frozen=True)
class Citation:
    source: SourceRef = doc("Id of a source (in data/sources.yaml or a district file).")
    table: Optional[int] = optional("Table number in the source, if from a table.")
    section: Optional[Text] = optional("Section or page of the source, if not a table.")
    quote: Optional[LongText] = optional(
        "The source's words, verbatim (web sources: at most 40 words, inside the source's excerpt).")
    translation_tr: Optional[LongText] = optional("Our Turkish translation of the quote.")
    translation_en: Optional[LongText] = optional("Our English translation of the quote.")
    since: Optional[PartialDate] = optional("The tie's start date as this source gives it.")
    status: Optional[AgreementStatus] = optional("The tie's state as this source shows it.")


@dataclass(frozen=True)
class Partner:
    as_written: Text = doc("The partner's name exactly as the source writes it.")
    name: Optional[Text] = optional("Standard name of the place, if it can be identified with certainty.")
    name_en: Optional[Text] = optional("English name of the place, if different from the standard name.")
    region: Optional[Text] = optional("Province or state, as written (for Turkish partners: the province).")


@dataclass(frozen=True)
class LegalStep:
    sources: list[Citation] = doc("Where the decision is documented (at least one).")
    date: Optional[PartialDate] = optional("Date of the decision (YYYY-MM-DD, or YYYY-MM / YYYY if only that is known).")
    number: Optional[Text] = optional("Number of the decision as written on the document.")
    note: Optional[LongText] = optional("What a reader should know about this document, in Turkish.")
    note_en: Optional[LongText] = english_of("note", "The same note in English.")


AGREEMENT_KINDS = ("sister_city", "friendship", "cooperation", "letter_of_intent", "other")


@dataclass(frozen=True)
class Agreement:
    """A sister-city ("kardeş şehir") or other formal tie with another local government.

    A partner in Türkiye (country 'TR') is a domestic tie: shown and counted apart, outside article 74."""
    id: Id = doc("Stable identifier, used in the page URL: '<district>-<partner>', e.g. 'adalar-nacka'.")
    partner: Partner = doc("The partner municipality or city.")
    country: Country = doc("Partner's country: ISO 3166-1 alpha-2 code such as 'SE' ('TR': a domestic tie), or a "
                           "code from data/places.yaml.")
    kind: Literal["sister_city", "friendship", "cooperation", "letter_of_intent", "other"] = doc("Kind of tie.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    kind_as_written: Optional[Text] = optional("The source's word for the tie, e.g. 'Städtepartnerschaft'.")
    since: Optional[PartialDate] = optional("When the tie began, as a citation gives it.")
    subdivision: Optional[Subdivision] = optional("ISO 3166-2 code of the partner's region, e.g. 'MD-GA' (Gagauzia).")
    status: AgreementStatus = doc("State of the tie per the newest source.", default="unknown")
    status_as_of: Optional[PartialDate] = optional("Date of the newest source showing the status (unless unknown).")
    ended: Optional[PartialDate] = optional("When the tie ended (status 'ended').")
    end_reason: Optional[LongText] = optional("Why it ended, as a source says.")
    council_decision: Optional[LegalStep] = optional("Municipal council decision (Law 5393 art. 74).")
    ministry_approval: Optional[LegalStep] = optional("Ministry approval (Law 5393 art. 74).")
    note: Optional[LongText] = optional("Anything the reader should know that has no field of its own, in Turkish.")
    note_en: Optional[LongText] = english_of("note", "The same note in English.")

    @property
    def date(self) -> Optional[str]:
        """The tie's date wherever one is shown, counted or compared (lists, charts, feeds, the legal trail):
        its start as a citation gives it."""
        return self.since

    @property
    def domestic(self) -> bool:
        """A tie with another municipality in Türkiye: counted apart, outside article 74."""
        return self.country == HOME_COUNTRY

    @property
    def under_article_74(self) -> bool:
        """A tie Law 5393 art. 74 asks documents for (the council's decision and the ministry's permission, where
        a rule was in force at its date): a foreign tie other than a letter of intent, which states an intention
        (the council decision alone is looked for)."""
        return not self.domestic and self.kind != "letter_of_intent"

    @property
    def country_codes(self) -> tuple[str, ...]:
        """The countries the tie involves (its country pages, the counts by country): the partner's."""
        return (self.country,)

    def since_claims(self) -> dict[str, list[str]]:
        """Start date -> ids of the sources giving it; more than one key means the sources disagree. Dates that
        agree as far as the vaguer goes ('1996' and '1996-08') are one claim, under the more precise date."""
        claims: dict[str, list[str]] = {}
        for citation in self.sources:
            if citation.since:
                claims.setdefault(citation.since, []).append(citation.source)
        for date in sorted(claims, key=len):
            finer = [other for other in claims if other != date and other.startswith(date)]
            if len(finer) == 1:  # '1996' beside both '1996-03' and '1996-08' stays: it cannot say which
                claims[finer[0]] = list(dict.fromkeys(claims[finer[0]] + claims.pop(date)))
        return claims


@dataclass(frozen=True)
class Membership:
    """Membership of an international network of local governments."""
    id: Id = doc("Stable identifier, e.g. 'kartal-iclei'.")
    network: NetworkRef = doc("Id of a network in data/networks.yaml.")
    as_written: Text = doc("The membership as the source writes it.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    since: Optional[PartialDate] = optional("Year (or date) the membership began.")

    @property
    def date(self) -> Optional[str]:
        """The membership's date wherever one is shown, counted or compared: when it began."""
        return self.since


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
    description: LongText = doc("What the sources say about the project, in our Turkish words.")
    description_en: LongText = doc("The same description in English.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    title_en: Optional[Text] = optional("English title for the English edition.")
    programme: Optional[ProgrammeRef] = optional("Id of a programme in data/programmes.yaml.")
    funder: Optional[Text] = optional("Funder or partner institution as written, if no programme applies.")
    partners: list[ProjectPartner] = many("Partner organisations or cities named in the source.")
    countries: list[Country] = many("Countries involved, where the source names countries rather than partners.")
    start: Optional[PartialDate] = optional("When the project began.")
    end: Optional[PartialDate] = optional("When it ended or will end.")
    status: Literal["planned", "ongoing", "completed", "unknown"] = doc("State as the source reports it.", default="unknown")
    agreements: list[AgreementRef] = many("Ids of agreements this project was carried out under.")

    @property
    def date(self) -> Optional[str]:
        """The project's date wherever one is shown, counted or compared (charts, lists by year): its start."""
        return self.start

    @property
    def country_codes(self) -> tuple[str, ...]:
        """Every country the project involves: its named partners' and its listed countries, once each, in order."""
        return tuple(dict.fromkeys([p.country for p in self.partners if p.country] + list(self.countries)))


ACTIVITY_KINDS = ("festival", "conference", "visit", "exhibition", "training", "study_trip", "aid", "exchange")


@dataclass(frozen=True)
class Activity:
    """A festival, conference, visit, exhibition, training, study trip, aid programme or exchange."""
    id: Id = doc("Stable identifier, e.g. 'pendik-helsinki-study-trip'.")
    kind: Literal["festival", "conference", "visit", "exhibition", "training", "study_trip", "aid", "exchange"] = doc(
        "What sort of activity it is.")
    description: LongText = doc("What the sources say, in our Turkish words.")
    description_en: LongText = doc("The same description in English.")
    sources: list[Citation] = doc("Where this fact comes from (at least one).")
    title: Optional[Text] = optional("Short name of the activity, if it has one.")
    title_en: Optional[Text] = optional("English title for the English edition.")
    date: Optional[PartialDate] = optional("When it took place (YYYY, YYYY-MM or YYYY-MM-DD).")
    countries: list[Country] = many("Countries involved.")
    places: list[Text] = many("Places named in the source, as written.")
    agreements: list[AgreementRef] = many("Ids of agreements this activity was part of.")
    networks: list[NetworkRef] = many("Ids of networks involved.")

    @property
    def country_codes(self) -> tuple[str, ...]:
        """The countries the activity involves, once each, in order."""
        return tuple(dict.fromkeys(self.countries))

    @property
    def abroad(self) -> bool:
        """It involves a country other than Türkiye (a trip abroad, when it is a visit or a study trip)."""
        return any(code != HOME_COUNTRY for code in self.countries)


@dataclass(frozen=True)
class Consulted:
    """One line of the research record, written for readers: what was looked at (a source by publisher and
    title, or a search in plain words), what it showed, and when."""
    what: Text = doc("What was looked at, in Turkish: a page by publisher and title, or the search in plain words.")
    what_en: Text = doc("The same in English.")
    found: Text = doc("What it showed, in Turkish, or that it named nothing.")
    found_en: Text = doc("The same in English.")
    source: Optional[SourceRef] = optional("Id of the source record, when it became one.")
    url: Optional[Url] = optional("Its address, when it is not a source record.")
    date: Optional[PartialDate] = optional("When it was looked at, if not the coverage's 'searched' date.")


@dataclass(frozen=True)
class Gap:
    """Something known to be missing or unresolved, in both languages."""
    text: LongText = doc("The gap, in Turkish.")
    text_en: LongText = doc("The same in English.")


@dataclass(frozen=True)
class Coverage:
    """How far our search went: absence of a record is a statement about our search, never about the municipality."""
    searched: PartialDate = doc("Date of the latest search (YYYY-MM-DD).")
    consulted: list[Consulted] = doc("Every source and search consulted, including those that named nothing.")
    gaps: list[Gap] = many("What is known to be missing or unresolved.")


REQUEST_STEPS = ("council_decision", "ministry_approval", "protocol", "trip_authorisation")
REQUEST_OUTCOMES = ("answered", "partly", "refused", "no_answer")


@dataclass(frozen=True)
class RequestSubject:
    """One document asked for: a step of a tie (or of a trip abroad)."""
    step: Literal["council_decision", "ministry_approval", "protocol", "trip_authorisation"] = doc(
        "Which document: the council decision, the ministry permission, the signed protocol, or the "
        "authorisation of a trip abroad.")
    agreement: Optional[AgreementRef] = optional("Id of the tie the document belongs to.")
    activity: Optional[ActivityRef] = optional("Id of the trip (activity) the document belongs to.")


@dataclass(frozen=True)
class InformationRequest:
    """A request filed under Law 4982 for documents the sources do not show, and what came of it."""
    id: Id = doc("Stable identifier, e.g. 'kadikoy-2026-12-friedrichshain-kreuzberg'.")
    filed: PartialDate = doc("Date the request was filed (YYYY-MM-DD).")
    channel: Literal["cimer", "e_devlet", "municipal_form", "petition", "email", "kep"] = doc(
        "How it was filed: CİMER, e-Devlet, the municipality's own form, a written petition, e-mail or KEP.")
    addressee: Literal["municipality", "interior_ministry", "environment_ministry"] = doc(
        "Who it was sent to.")
    about: list[RequestSubject] = doc("The documents asked for (at least one).")
    applicant: Text = doc("Who filed it, as they wish to be named, or 'anonim'.", default="anonim")
    extended: bool = doc("True if the authority said it needs 30 working days (another unit consulted).",
                         default=False)
    replied: Optional[PartialDate] = optional("Date of the reply (YYYY-MM-DD), if one came.")
    outcome: Optional[Literal["answered", "partly", "refused", "no_answer"]] = optional(
        "What came of it: answered, partly answered, refused, or no answer.")
    refusal_reason: Optional[LongText] = optional("The reason given for a refusal, as written.")
    documents: list[SourceRef] = many("Documents received, each kept as a source (data/sources.yaml or this file).")
    note: Optional[LongText] = optional("What a reader should know about this request, in Turkish.")
    note_en: Optional[LongText] = english_of("note", "The same note in English.")


@dataclass(frozen=True)
class Contact:
    """Where a citizen sends an information request (Law 4982) to the municipality."""
    sources: list[Citation] = doc("Where the address or form is published (at least one).")
    address: Optional[LongText] = optional("Postal address of the municipality, as published.")
    information_request_url: Optional[Url] = optional(
        "The municipality's own information-request (bilgi edinme) form or page, if it has one.")
    email: Optional[Text] = optional("Published e-mail address for information requests, if any.")
    kep: Optional[Text] = optional("Registered e-mail (KEP) address, as published.")


@dataclass(frozen=True)
class Claim:
    """What the municipality or one of its officials says about how many ties it has, as a source reports it:
    set against the ties the sources name (a lead for journalists, never a finding)."""
    what: Text = doc("What is claimed, in Turkish, e.g. 'Belediye Başkanı: yurt dışında 25 kardeş şehir'.")
    what_en: Text = doc("The same in English.")
    sources: list[Citation] = doc("Where the claim is reported (at least one, with the quote).")
    count: Optional[int] = optional("The number claimed, if the claim gives one.")
    abroad: bool = doc("True when the claim is about ties abroad (foreign local governments).", default=True)


@dataclass(frozen=True)
class District:
    """One of Istanbul's district municipalities: one file data/districts/<slug>.yaml."""
    slug: Id = doc("ASCII form of the name; must equal the file name (kadikoy for kadikoy.yaml).")
    name: Text = doc("Name in Turkish, e.g. 'Kadıköy'.")
    coverage: Optional[Coverage] = optional(
        "What we searched for this municipality, up to when, and what is known to be missing.")
    website: Optional[Url] = optional("The municipality's own web site.")
    contact: Optional[Contact] = optional("Where to send an information request, as the municipality publishes it.")
    sources: list[Source] = many("Sources cited by this file's records (ids are shared by all files).")
    agreements: list[Agreement] = many("Sister-city and other formal ties.")
    memberships: list[Membership] = many("Memberships of international networks.")
    projects: list[Project] = many("International projects.")
    activities: list[Activity] = many("Festivals, conferences, visits, exhibitions, trainings, study trips, aid.")
    requests: list[InformationRequest] = many("Information requests (Law 4982) filed about this municipality's ties.")
    claims: list[Claim] = many("Numbers of ties the municipality or its officials state, as sources report them.")


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
class OfficialCount:
    """A published official figure the portal's own counts are set against."""
    id: Id = doc("Identifier, e.g. 'istanbul-districts-sister-cities-2016'.")
    what: Text = doc("What was counted, in Turkish, as the source words it.")
    value: int = doc("The figure.")
    year: Year = doc("The year the figure refers to.")
    sources: list[Citation] = doc("Where the figure is published (at least one).")
    what_en: Text = doc("What was counted, in English.")


LEGAL_SUBJECTS = ("tie_permission", "tie_council", "trip", "information_request", "request_form", "request_deadline",
                  "working_days", "foreign_affairs")


@dataclass(frozen=True)
class LegalRule:
    """A legal rule and the period it was in force: what it requires, and from whom (published sources only)."""
    id: Id = doc("Identifier, e.g. 'circular-2021-6'.")
    title: Text = doc("Name of the law, article or circular, in Turkish, e.g. '5393 sayılı Belediye Kanunu, madde 74'.")
    title_en: Text = doc("The same in English, e.g. 'Municipal Law no. 5393, article 74'.")
    subject: Literal["tie_permission", "tie_council", "trip", "information_request", "request_form",
                     "request_deadline", "working_days", "foreign_affairs"] = doc(
        "What it governs: the ministry permission of a foreign tie, the council decision of a tie, official "
        "trips abroad, information requests (answer periods and objections), what a request must contain, "
        "when the answer period starts, which days are working days, or reporting foreign contacts.")
    in_force_from: PartialDate = doc("First day the rule applied (YYYY-MM-DD).")
    requires: LongText = doc("What it requires, in Turkish, as the source says it.")
    requires_en: LongText = doc("What it requires, in English.")
    sources: list[Citation] = doc("Where the rule and its dates are published (at least one).")
    in_force_until: Optional[PartialDate] = optional("Last day it applied, if it was lifted or replaced.")
    authority: Optional[Text] = optional("Who gives the permission or decision, in Turkish (e.g. the competent ministry).")
    authority_en: Optional[Text] = english_of("authority", "The same in English.")
    note: Optional[LongText] = optional("What a reader should know (amendments, scope), in Turkish.")
    note_en: Optional[LongText] = english_of("note", "The same note in English.")
    scored: bool = doc("True for the rules of Law 5393 (art. 74, art. 18 (p)): the scorecard counts only the ties "
                       "made while such a rule was in force.", default=False)
    letters_to: Optional[Text] = optional(
        "Who holds this rule's documents today, in Turkish: where a request for them is sent.")
    letters_to_en: Optional[Text] = english_of("letters_to", "The same in English.")
    unverified: Optional[LongText] = optional("What about this rule or its dates could not be checked against a "
                                              "primary text, in Turkish.")
    unverified_en: Optional[LongText] = english_of("unverified", "The same in English.")


@dataclass(frozen=True)
class LegalRulesFile:
    rules: list[LegalRule] = doc("Legal rules with the periods they were in force.")


@dataclass(frozen=True)
class OfficialCountsFile:
    official_counts: list[OfficialCount] = doc("Official counts to compare the portal's numbers with.")


@dataclass(frozen=True)
class PlacesFile:
    countries: list[CountryEntity] = doc("Entities used like countries but missing from ISO 3166-1.")


@dataclass(frozen=True)
class Portal:
    """The whole validated data set: what the site is built from."""
    districts: tuple[District, ...]
    sources: tuple[Source, ...]
    networks: tuple[Network, ...]
    programmes: tuple[Programme, ...]
    countries: tuple[CountryEntity, ...]
    official_counts: tuple[OfficialCount, ...] = ()
    rules: tuple[LegalRule, ...] = ()
    # Where each record was defined (id -> "data/districts/x.yaml"), for edit links and errors.
    origin: dict[str, str] = field(default_factory=dict, compare=False)
