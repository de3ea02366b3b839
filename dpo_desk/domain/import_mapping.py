"""What can be imported from a spreadsheet into each register, and which column is which.

A register's fields are listed once, with the headings people give them: Danish and
English, Datatilsynet's template for the record of processing activities ("Fortegnelse
over behandlingsaktiviteter"), and the program's own workbook exports (their headings are
named by (context, source text) and translated by the service layer, so an export in
either language imports back). Headings are compared normalised: case, spaces and
punctuation folded.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from dpo_desk.domain.text import QT_TRANSLATE_NOOP


class Kind(Enum):
    """How a cell is read."""

    TEXT = "text"
    DATE = "date"
    YES_NO = "yes_no"
    LIST = "list"  # entries of a managed list (catalogue), created on confirm when new
    CHOICE = "choice"  # one of a field's labels (role, status …)
    CHOICES = "choices"  # several of a field's labels (kinds of request)
    BASES = "bases"  # legal bases, by label or code
    CVR = "cvr"
    SPECIAL = "special"  # read by the register's own rule (transfers, retention …)


IMPORT_CONTEXT = "Import"
IGNORED = ""  # the field key of a column that is not imported


@dataclass(frozen=True)
class ImportField:
    """A field that a column can fill."""

    key: str
    title: str  # English, marked for translation in context "Import"
    kind: Kind = Kind.TEXT
    required: bool = False
    max_length: int = 500
    synonyms: tuple[str, ...] = ()
    exports: tuple[tuple[str, str], ...] = ()  # (context, source) of export headings
    catalogue: str = ""  # the managed list of a LIST field


@dataclass(frozen=True)
class RegisterFields:
    """The importable fields of a register, and the headings known not to be imported
    (figures the program computes itself, the organisation's own details)."""

    name: str
    title: str
    fields: tuple[ImportField, ...]
    ignored: tuple[str, ...] = ()
    ignored_exports: tuple[tuple[str, str], ...] = ()
    sheet_exports: tuple[tuple[str, str], ...] = ()  # the export's sheet of this register

    def field(self, key: str) -> ImportField:
        """The field named `key`."""
        return next(f for f in self.fields if f.key == key)




def _f(key: str, title: str, *synonyms: str, **options: object) -> ImportField:
    return ImportField(key, title, synonyms=synonyms, **options)  # type: ignore[arg-type]


def _rr(*texts: str) -> tuple[tuple[str, str], ...]:
    return tuple(("RegisterReport", t) for t in texts)


def _pr(*texts: str) -> tuple[tuple[str, str], ...]:
    return tuple(("ProcessorReport", t) for t in texts)


def _qr(*texts: str) -> tuple[tuple[str, str], ...]:
    return tuple(("RequestReport", t) for t in texts)


def _cr(*texts: str) -> tuple[tuple[str, str], ...]:
    return tuple(("ConsentReport", t) for t in texts)


REGISTER = RegisterFields(
    "register",
    QT_TRANSLATE_NOOP("Import", "Processing activities"),
    (
        _f("name", QT_TRANSLATE_NOOP("Import", "Name"), "navn", "name", "behandling",
           "behandlingsaktivitet", "aktivitet", "navn på behandlingen", "activity",
           "processing activity", exports=_rr("Name"), required=True, max_length=200),
        _f("role", QT_TRANSLATE_NOOP("Import", "Role"), "rolle", "role", exports=_rr("Role"),
           kind=Kind.CHOICE),
        _f("status", QT_TRANSLATE_NOOP("Import", "Status"), "status", exports=_rr("Status"),
           kind=Kind.CHOICE),
        _f("purposes", QT_TRANSLATE_NOOP("Import", "Purposes"), "formål", "formål med behandlingen",
           "formålene med behandlingen", "formålet med behandlingen", "purpose", "purposes",
           "purposes of the processing", exports=_rr("Purposes of the processing"),
           required=True, max_length=4000),
        _f("legal_bases", QT_TRANSLATE_NOOP("Import", "Legal bases"), "retsgrundlag",
           "behandlingsgrundlag", "hjemmel", "hjemmel til behandlingen", "lovligt grundlag",
           "legal basis", "legal bases", "lawful basis", exports=_rr("Legal basis"),
           kind=Kind.BASES),
        _f("consent_note", QT_TRANSLATE_NOOP("Import", "How consent is recorded"),
           "hvordan samtykke indhentes", exports=_rr("How consent is recorded"),
           max_length=2000),
        _f("data_subjects", QT_TRANSLATE_NOOP("Import", "Categories of data subjects"),
           "kategorier af registrerede", "registrerede", "kategorier af de registrerede",
           "data subjects", "categories of data subjects",
           exports=_rr("Categories of data subjects"), kind=Kind.LIST,
           catalogue="data_subject"),
        _f("data_categories", QT_TRANSLATE_NOOP("Import", "Categories of personal data"),
           "kategorier af personoplysninger", "personoplysninger", "oplysninger",
           "kategorier af oplysninger", "personal data", "categories of personal data",
           exports=_rr("Categories of personal data"), kind=Kind.LIST,
           catalogue="data_category"),
        _f("subject_data", QT_TRANSLATE_NOOP("Import", "Personal data by data subject"),
           "personoplysninger pr registreret", exports=_rr("Personal data by data subject"),
           kind=Kind.SPECIAL),
        _f("source", QT_TRANSLATE_NOOP("Import", "Source of the data"), "kilde", "kilder",
           "oplysningernes kilde", "hvor stammer oplysningerne fra", "source",
           exports=_rr("Source of the data"), max_length=1000),
        _f("processors", QT_TRANSLATE_NOOP("Import", "Processors"), "databehandlere",
           "databehandler", "processors", exports=_rr("Processors"), kind=Kind.LIST,
           catalogue="processor"),
        _f("recipients", QT_TRANSLATE_NOOP("Import", "Categories of recipients"),
           "kategorier af modtagere", "modtagere", "modtagere af oplysningerne",
           "andre modtagere", "recipients", "categories of recipients",
           exports=_rr("Other recipients"), kind=Kind.LIST, catalogue="recipient"),
        _f("transfers", QT_TRANSLATE_NOOP("Import", "Transfers to third countries"),
           "overførsel til tredjelande", "overførsler til tredjelande",
           "overførsel til tredjelande eller internationale organisationer", "tredjelande",
           "tredjelandsoverførsel", "transfers", "third countries",
           exports=_rr("Transfers to third countries"), kind=Kind.SPECIAL),
        _f("retention", QT_TRANSLATE_NOOP("Import", "Time limits for erasure"),
           "tidsfrister for sletning", "sletning", "slettefrist", "slettefrister",
           "opbevaringsperiode", "de forventede tidsfrister for sletning",
           "hvor det er muligt de forventede tidsfrister for sletning af de forskellige "
           "kategorier af oplysninger", "retention", "time limit for erasure",
           exports=_rr("Time limits for erasure"), kind=Kind.SPECIAL),
        _f("measures", QT_TRANSLATE_NOOP("Import", "Security measures"),
           "generel beskrivelse af tekniske og organisatoriske sikkerhedsforanstaltninger",
           "hvor det er muligt en generel beskrivelse af de tekniske og organisatoriske "
           "sikkerhedsforanstaltninger", "tekniske og organisatoriske sikkerhedsforanstaltninger",
           "sikkerhedsforanstaltninger", "sikkerhed", "security measures",
           "technical and organisational measures",
           exports=_rr("Technical and organisational security measures"), kind=Kind.SPECIAL),
        _f("automated_decisions", QT_TRANSLATE_NOOP("Import", "Automated decisions"),
           "automatiske afgørelser", "profilering", "automated decisions",
           exports=_rr("Automated decisions and profiling"), kind=Kind.YES_NO),
        _f("dpia", QT_TRANSLATE_NOOP("Import", "Impact assessment (DPIA)"),
           "konsekvensanalyse", "konsekvensanalyse dpia", "dpia", "impact assessment",
           exports=_rr("Data protection impact assessment"), kind=Kind.SPECIAL),
        _f("owner", QT_TRANSLATE_NOOP("Import", "Owner"), "ejer", "ansvarlig", "systemejer",
           "procesejer", "owner", exports=_rr("Owner"), max_length=200),
        _f("last_reviewed", QT_TRANSLATE_NOOP("Import", "Last reviewed"), "senest gennemgået",
           "senest opdateret", "dato for seneste gennemgang", "last reviewed",
           exports=_rr("Last reviewed"), kind=Kind.DATE),
        _f("next_review", QT_TRANSLATE_NOOP("Import", "Next review"), "næste gennemgang",
           "next review", exports=_rr("Next review"), kind=Kind.DATE),
        _f("controllers", QT_TRANSLATE_NOOP("Import", "Controllers on whose behalf we process"),
           "dataansvarlige", "dataansvarlige vi behandler for",
           exports=_rr("Controllers on whose behalf we process"), kind=Kind.SPECIAL),
        _f("controller_cvr", QT_TRANSLATE_NOOP("Import", "Controllers' CVR numbers"),
           "dataansvarliges cvr", exports=_rr("Controllers' CVR numbers"), kind=Kind.SPECIAL),
        _f("controller_contact", QT_TRANSLATE_NOOP("Import", "Controllers' contact details"),
           "dataansvarliges kontaktoplysninger", "kontaktoplysninger på de dataansvarlige",
           exports=_rr("Controllers' contact details"), kind=Kind.SPECIAL),
        _f("controller_processing", QT_TRANSLATE_NOOP("Import", "Categories of processing"),
           "kategorier af behandling", "kategorier af behandlinger",
           "categories of processing", exports=_rr("Categories of processing"),
           kind=Kind.SPECIAL),
        _f("joint_controller", QT_TRANSLATE_NOOP("Import", "Joint controller"),
           "fælles dataansvarlig", "fælles dataansvarlige", "joint controller",
           exports=_rr("Joint controller"), max_length=500),
        _f("representative", QT_TRANSLATE_NOOP("Import", "Representative"), "repræsentant",
           "representative", exports=_rr("Representative"), max_length=500),
        _f("notes", QT_TRANSLATE_NOOP("Import", "Notes"), "noter", "bemærkninger", "note",
           "notes", "kommentarer", exports=_rr("Notes"), max_length=4000),
    ),
    ignored=(
        "navn og kontaktoplysninger på den dataansvarlige",
        "navn og kontaktoplysninger på den dataansvarlige og dennes repræsentant",
        "den dataansvarlige", "dataansvarlig", "databeskyttelsesrådgiver",
        "navn og kontaktoplysninger på databeskyttelsesrådgiveren",
        "controller", "data protection officer", "nr", "løbenummer",
    ),
    ignored_exports=_rr(
        "Special categories (Art. 9)", "Criminal offences (Art. 10)",
        "CPR numbers (DPA § 11)", "Missing for Art. 30",
    ),
    sheet_exports=_rr("Activities"),
)

PROCESSORS = RegisterFields(
    "processors",
    QT_TRANSLATE_NOOP("Import", "Processors"),
    (
        _f("name", QT_TRANSLATE_NOOP("Import", "Name"), "navn", "name", "databehandler",
           "leverandør", "part", "processor", "virksomhed", exports=_pr("Party"),
           required=True, max_length=200),
        _f("direction", QT_TRANSLATE_NOOP("Import", "Direction"), "retning", "direction",
           exports=_pr("Direction"), kind=Kind.CHOICE),
        _f("country", QT_TRANSLATE_NOOP("Import", "Country"), "land", "country",
           exports=_pr("Country"), max_length=100),
        _f("cvr", QT_TRANSLATE_NOOP("Import", "CVR number"), "cvr", "cvr nr", "cvr nummer",
           "cvr number", "company number", exports=_pr("CVR or company number"),
           kind=Kind.CVR),
        _f("service", QT_TRANSLATE_NOOP("Import", "Service"), "ydelse", "tjeneste", "service",
           "system", "leverance", exports=_pr("Service"), max_length=500),
        _f("agreement_signed", QT_TRANSLATE_NOOP("Import", "Agreement signed"),
           "databehandleraftale indgået", "aftale indgået", "aftale underskrevet",
           "agreement signed", exports=_pr("Agreement signed"), kind=Kind.DATE),
        _f("agreement_end", QT_TRANSLATE_NOOP("Import", "Agreement ends"), "aftale udløber",
           "udløb", "agreement ends", exports=_pr("End or renewal"), kind=Kind.DATE),
        _f("risk", QT_TRANSLATE_NOOP("Import", "Risk level"), "risiko", "risikoniveau",
           "risk", exports=_pr("Risk level"), kind=Kind.CHOICE),
        _f("contact_person", QT_TRANSLATE_NOOP("Import", "Contact person"), "kontaktperson",
           "kontakt", "contact person", max_length=200),
        _f("email", QT_TRANSLATE_NOOP("Import", "Email"), "e mail", "email", "mail",
           max_length=200),
        _f("phone", QT_TRANSLATE_NOOP("Import", "Phone"), "telefon", "tlf", "phone",
           max_length=50),
        _f("address", QT_TRANSLATE_NOOP("Import", "Address"), "adresse", "address",
           max_length=500),
        _f("data_description", QT_TRANSLATE_NOOP("Import", "Personal data processed"),
           "personoplysninger", "oplysninger", "personal data", max_length=2000),
        _f("retired", QT_TRANSLATE_NOOP("Import", "Retired"), "ophørt", "retired",
           exports=_pr("Retired"), kind=Kind.YES_NO),
        _f("transfers", QT_TRANSLATE_NOOP("Import", "Transfers to third countries"),
           "overførsler til tredjelande", "overførsel til tredjelande", "tredjelande",
           "transfers", exports=_pr("Transfers to third countries"), kind=Kind.SPECIAL),
        _f("notes", QT_TRANSLATE_NOOP("Import", "Notes"), "noter", "bemærkninger", "notes",
           max_length=4000),
    ),
    # the activities are linked by the record of processing activities, which names
    # each activity's processors and controllers
    ignored_exports=_pr("Next supervision", "Open follow-ups", "Processing activities"),
    sheet_exports=_pr("Processors"),
)

REQUESTS = RegisterFields(
    "requests",
    QT_TRANSLATE_NOOP("Import", "Requests"),
    (
        _f("requester", QT_TRANSLATE_NOOP("Import", "Requester"), "anmoder", "navn", "name",
           "requester", "den registrerede", exports=_qr("Requester"), required=True,
           max_length=200),
        _f("types", QT_TRANSLATE_NOOP("Import", "Kinds of request"), "type", "anmodning",
           "rettighed", "kind", "kinds of request", exports=_qr("Type"),
           kind=Kind.CHOICES, required=True),
        _f("relation", QT_TRANSLATE_NOOP("Import", "Relation to us"), "relation", "forhold",
           exports=_qr("Relation"), max_length=200),
        _f("received", QT_TRANSLATE_NOOP("Import", "Received"), "modtaget", "dato",
           "modtaget dato", "received", "date", exports=_qr("Received"), kind=Kind.DATE,
           required=True),
        _f("extended", QT_TRANSLATE_NOOP("Import", "Extended"), "forlænget", "extended",
           exports=_qr("Extended"), kind=Kind.YES_NO),
        _f("extension_reason", QT_TRANSLATE_NOOP("Import", "Reason for the extension"),
           "begrundelse for forlængelsen", "reason for the extension",
           exports=_qr("Reason for the extension"), max_length=1000),
        _f("extension_told", QT_TRANSLATE_NOOP("Import", "Requester told of the extension"),
           "underrettet om forlængelsen", exports=_qr("Requester told of the extension"),
           kind=Kind.DATE),
        _f("answered", QT_TRANSLATE_NOOP("Import", "Answered"), "besvaret", "svar sendt",
           "answered", exports=_qr("Answered"), kind=Kind.DATE),
        _f("status", QT_TRANSLATE_NOOP("Import", "Status"), "status", exports=_qr("Status"),
           kind=Kind.CHOICE),
        _f("refusal_ground", QT_TRANSLATE_NOOP("Import", "Ground for refusal"),
           "afslagsgrund", "afvisningsgrund", "grund til afslag", "ground for refusal",
           exports=_qr("Ground for refusal"), kind=Kind.CHOICE),
        _f("contact", QT_TRANSLATE_NOOP("Import", "Contact"), "kontakt", "e mail", "email",
           "contact", max_length=200),
        _f("utility", QT_TRANSLATE_NOOP("Import", "Utility"), "forsyning", "værk", "utility",
           max_length=200),
        _f("notes", QT_TRANSLATE_NOOP("Import", "Notes"), "noter", "bemærkninger", "notes",
           max_length=4000),
    ),
    ignored_exports=_qr("Deadline", "Days used", "In time", "Passed on to the controller"),
    sheet_exports=_qr("Requests"),
)

CONSENTS = RegisterFields(
    "consents",
    QT_TRANSLATE_NOOP("Import", "Consents"),
    (
        _f("name", QT_TRANSLATE_NOOP("Import", "Name"), "navn", "forbruger", "name", "consumer",
           exports=_cr("Consumer"), required=True, max_length=200),
        _f("street", QT_TRANSLATE_NOOP("Import", "Street"), "vej", "gade", "street",
           max_length=200),
        _f("house_number", QT_TRANSLATE_NOOP("Import", "House number"), "husnummer", "nr",
           "house number", max_length=20),
        _f("postal_code", QT_TRANSLATE_NOOP("Import", "Postal code"), "postnummer", "postnr",
           "post nr", "postal code", exports=_cr("Postal code"), max_length=4),
        _f("city", QT_TRANSLATE_NOOP("Import", "City"), "by", "city", max_length=100),
        _f("phone", QT_TRANSLATE_NOOP("Import", "Phone"), "telefon", "tlf", "phone",
           max_length=50),
        _f("meter_number", QT_TRANSLATE_NOOP("Import", "Meter number"), "målernummer",
           "måler", "meter number", max_length=50),
        _f("utility", QT_TRANSLATE_NOOP("Import", "Utility"), "forsyning", "værk", "utility",
           exports=_cr("Utility"), max_length=200),
        _f("consent_given", QT_TRANSLATE_NOOP("Import", "Consent given"), "samtykke givet",
           "samtykke dato", "consent given", exports=_cr("Consent given"), kind=Kind.DATE),
        _f("collected_by", QT_TRANSLATE_NOOP("Import", "Collected by"), "indhentet af",
           "collected by", exports=_cr("Collected by"), max_length=200),
        _f("withdrawn", QT_TRANSLATE_NOOP("Import", "Withdrawn"), "tilbagekaldt", "withdrawn",
           exports=_cr("Withdrawn"), kind=Kind.DATE),
        _f("consent_text", QT_TRANSLATE_NOOP("Import", "Consent text version"), "tekstversion",
           "samtykketekst", "version", "text version", exports=_cr("Text version"),
           kind=Kind.SPECIAL),
    ),
    ignored_exports=_cr("Status"),
    sheet_exports=_cr("Consents"),
)

REGISTERS: dict[str, RegisterFields] = {
    r.name: r for r in (REGISTER, PROCESSORS, REQUESTS, CONSENTS)
}

_PUNCTUATION = re.compile(r"[^\w§]+")


def normalise(heading: object) -> str:
    """A heading folded for comparison: case, spaces, punctuation and accents other than
    the Danish letters ("Formål med behandlingen:" -> "formål med behandlingen")."""
    text = unicodedata.normalize("NFC", str(heading or "")).casefold()
    text = _PUNCTUATION.sub(" ", text.replace("_", " "))
    return " ".join(text.split())


def headers_key(register: str, headers: Sequence[object]) -> str:
    """The key a mapping is remembered under: the register and its normalised headers."""
    text = "\x1f".join([register, *(normalise(h) for h in headers)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
