<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
    <context>
        <name>ActivityDialog</name>
        <message>
            <source>New processing activity</source>
            <translation>Ny behandlingsaktivitet</translation>
        </message>
        <message>
            <source>Processing activity: %1</source>
            <translation>Behandlingsaktivitet: %1</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generelt</translation>
        </message>
        <message>
            <source>Name and contact details, where the purposes and means are decided jointly</source>
            <translation>Navn og kontaktoplysninger, hvis formål og midler fastlægges i fællesskab</translation>
        </message>
        <message>
            <source>Name and contact details of the representative in the EU (Art. 27), if any</source>
            <translation>Navn og kontaktoplysninger på repræsentanten i EU (art. 27), hvis der er en</translation>
        </message>
        <message>
            <source>e.g. the data subject, the employer, the utility</source>
            <translation>fx den registrerede selv, arbejdsgiveren, forsyningsselskabet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Owner in the organisation</source>
            <translation>Ansvarlig i organisationen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Oplysningernes kilde</translation>
        </message>
        <message>
            <source>Joint controller</source>
            <translation>Fælles dataansvarlig</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Repræsentant</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>How consent is collected, recorded and withdrawn</source>
            <translation>Hvordan samtykke indhentes, registreres og trækkes tilbage</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>How consent is recorded</source>
            <translation>Sådan registreres samtykket</translation>
        </message>
        <message>
            <source>Data subjects and data</source>
            <translation>Registrerede og oplysninger</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation>Ny kategori…</translation>
        </message>
        <message>
            <source>Untick a category of data that does not concern a category of data subjects. By default every category concerns every data subject.</source>
            <translation>Fjern fluebenet ved en kategori af oplysninger, der ikke vedrører en kategori af registrerede. Som udgangspunkt vedrører alle kategorier alle registrerede.</translation>
        </message>
        <message>
            <source>Categories of data subjects</source>
            <translation>Kategorier af registrerede</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>Which data about whom</source>
            <translation>Hvilke oplysninger om hvem</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Modtagere</translation>
        </message>
        <message>
            <source>New recipient…</source>
            <translation>Ny modtager…</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Other recipients</source>
            <translation>Andre modtagere</translation>
        </message>
        <message>
            <source>Third countries</source>
            <translation>Tredjelande</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Modtager</translation>
        </message>
        <message>
            <source>Safeguard</source>
            <translation>Overførselsgrundlag</translation>
        </message>
        <message>
            <source>SCC module</source>
            <translation>SCC-modul</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <source>Add transfer</source>
            <translation>Tilføj overførsel</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Transfers outside the EU/EEA (GDPR chapter V). Leave empty when there are none.</source>
            <translation>Overførsler uden for EU/EØS (databeskyttelsesforordningens kapitel V). Lad listen være tom, hvis der ingen er.</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Overførsler</translation>
        </message>
        <message>
            <source>Erasure and security</source>
            <translation>Sletning og sikkerhed</translation>
        </message>
        <message>
            <source>N =</source>
            <translation>N =</translation>
        </message>
        <message>
            <source>New measure…</source>
            <translation>Nyt tiltag…</translation>
        </message>
        <message>
            <source>Time limit for erasure</source>
            <translation>Slettefrist</translation>
        </message>
        <message>
            <source>Rule for the deletion calendar</source>
            <translation>Regel til slettekalenderen</translation>
        </message>
        <message>
            <source>Security measures (Art. 32)</source>
            <translation>Sikkerhedsforanstaltninger (art. 32)</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Tiltag</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Automated decisions or profiling</source>
            <translation>Automatiske afgørelser eller profilering</translation>
        </message>
        <message>
            <source>Carried out</source>
            <translation>Gennemført</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>DPIA needed</source>
            <translation>Konsekvensanalyse (DPIA) nødvendig</translation>
        </message>
        <message>
            <source>DPIA</source>
            <translation>Konsekvensanalyse (DPIA)</translation>
        </message>
        <message>
            <source>DPIA outcome</source>
            <translation>Resultat af konsekvensanalysen</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Senest gennemgået</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>As processor</source>
            <translation>Som databehandler</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>CVR</source>
            <translation>CVR</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Processing done for it</source>
            <translation>Behandling udført for den</translation>
        </message>
        <message>
            <source>Add controller</source>
            <translation>Tilføj dataansvarlig</translation>
        </message>
        <message>
            <source>Art. 30(2): the controllers on whose behalf we process, and the categories of processing done for each.</source>
            <translation>Art. 30, stk. 2: de dataansvarlige, vi behandler oplysninger på vegne af, og de kategorier af behandling, der udføres for hver af dem.</translation>
        </message>
        <message>
            <source>Controllers</source>
            <translation>Dataansvarlige</translation>
        </message>
        <message>
            <source>You have changed the activity. Close without saving?</source>
            <translation>Du har ændret aktiviteten. Vil du lukke uden at gemme?</translation>
        </message>
    </context>
    <context>
        <name>Annex</name>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>The request is for</source>
            <translation>Anmodningen gælder</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Relation to us</source>
            <translation>Forhold til os</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Modtaget via</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Statushistorik</translation>
        </message>
        <message>
            <source>Identity checked</source>
            <translation>Identitet kontrolleret</translation>
        </message>
        <message>
            <source>How identity was checked</source>
            <translation>Sådan blev identiteten kontrolleret</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Begrundelse for fristforlængelsen</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Afgørelse</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Passed on to</source>
            <translation>Videresendt til</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Breve</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Målernummer</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Alternative contact</source>
            <translation>Alternativ kontakt</translation>
        </message>
        <message>
            <source>What must be considered</source>
            <translation>Hvad der skal tages hensyn til</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemærkning</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtykke givet</translation>
        </message>
        <message>
            <source>Consent text version</source>
            <translation>Version af samtykketeksten</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Indhentet af</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Tilbagekaldt</translation>
        </message>
        <message>
            <source>How it was withdrawn</source>
            <translation>Sådan blev det tilbagekaldt</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Your request received {date}</source>
            <translation>Din anmodning modtaget {date}</translation>
        </message>
        <message>
            <source>Consent to hold health data</source>
            <translation>Samtykke til at opbevare helbredsoplysninger</translation>
        </message>
    </context>
    <context>
        <name>AnnualReport</name>
        <message>
            <source>… and {n} more: the management workbook lists them all.</source>
            <translation>… og {n} mere: ledelsesoverblikket (Excel) viser dem alle.</translation>
        </message>
        <message>
            <source>Data protection officer: {name}</source>
            <translation>Databeskyttelsesrådgiver: {name}</translation>
        </message>
        <message>
            <source>Status on {date}</source>
            <translation>Status pr. {date}</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Nøgletal</translation>
        </message>
        <message>
            <source>Figures for {year}; the state of the registers on {date}.</source>
            <translation>Tal for {year}; registrenes stand pr. {date}.</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Nøgletal</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Record of processing activities</source>
            <translation>Fortegnelse over behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>{n} activities are in use: {c} as controller and {p} as processor.</source>
            <translation>{n} aktiviteter er i brug: {c} som dataansvarlig og {p} som databehandler.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>Supervision rounds in {year}</source>
            <translation>Tilsyn i {year}</translation>
        </message>
        <message>
            <source>Due in the year</source>
            <translation>Forfaldne i året</translation>
        </message>
        <message>
            <source>Done of those due</source>
            <translation>Heraf gennemført</translation>
        </message>
        <message>
            <source>Rounds held</source>
            <translation>Gennemførte tilsyn</translation>
        </message>
        <message>
            <source>Processors and supervision</source>
            <translation>Databehandlere og tilsyn</translation>
        </message>
        <message>
            <source>{n} processors are used. In {year} supervision fell due for {due}, and {done} of them were supervised; {rounds} rounds were held in all. Today {overdue} are overdue and {soon} fall due within three months.</source>
            <translation>Der anvendes {n} databehandlere. I {year} forfaldt tilsyn med {due}, og {done} af dem fik tilsyn; i alt blev der gennemført {rounds} tilsyn. I dag er {overdue} overskredet, og {soon} forfalder inden for tre måneder.</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Last round</source>
            <translation>Seneste tilsyn</translation>
        </message>
        <message>
            <source>Next round</source>
            <translation>Næste tilsyn</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Åbne opfølgningspunkter</translation>
        </message>
        <message>
            <source>Requests per month by type</source>
            <translation>Anmodninger pr. måned efter type</translation>
        </message>
        <message>
            <source>Requests answered in time or late, by month of the answer</source>
            <translation>Anmodninger besvaret rettidigt eller for sent, efter svarets måned</translation>
        </message>
        <message>
            <source>In time</source>
            <translation>Rettidigt</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>For sent</translation>
        </message>
        <message>
            <source>Requests of data subjects</source>
            <translation>Anmodninger fra registrerede</translation>
        </message>
        <message>
            <source>{n} requests came in during {year}. {in_time} were answered in time and {late} late; {open} are open, {open_late} of them past the deadline; {withdrawn} were withdrawn.</source>
            <translation>Der kom {n} anmodninger i {year}. {in_time} blev besvaret rettidigt og {late} for sent; {open} er åbne, heraf {open_late} efter fristen; {withdrawn} blev trukket tilbage.</translation>
        </message>
        <message>
            <source>Health-data consents</source>
            <translation>Helbredssamtykker</translation>
        </message>
        <message>
            <source>{active} consents are active, {reconfirm} are to be confirmed again and {withdrawn} are withdrawn.</source>
            <translation>{active} samtykker er gældende, {reconfirm} skal bekræftes igen, og {withdrawn} er trukket tilbage.</translation>
        </message>
        <message>
            <source>Breaches by risk</source>
            <translation>Brud efter risiko</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Notification to Datatilsynet</source>
            <translation>Anmeldelse til Datatilsynet</translation>
        </message>
        <message>
            <source>Within 72 hours</source>
            <translation>Inden for 72 timer</translation>
        </message>
        <message>
            <source>Not notified</source>
            <translation>Ikke anmeldt</translation>
        </message>
        <message>
            <source>Personal data breaches</source>
            <translation>Brud på persondatasikkerheden</translation>
        </message>
        <message>
            <source>{n} breaches were recorded in {year}. {in_time} were notified to Datatilsynet within 72 hours, {late} later, and {not_notified} were not notified (the reason is recorded).</source>
            <translation>Der blev registreret {n} brud i {year}. {in_time} blev anmeldt til Datatilsynet inden for 72 timer, {late} senere, og {not_notified} blev ikke anmeldt (begrundelsen er registreret).</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Aware</source>
            <translation>Konstateret</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Notified within 72 hours</source>
            <translation>Anmeldt inden for 72 timer</translation>
        </message>
        <message>
            <source>Open risks</source>
            <translation>Åbne risici</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>… og {n} mere.</translation>
        </message>
        <message>
            <source>No open risks are recorded.</source>
            <translation>Der er ingen åbne risici.</translation>
        </message>
        <message>
            <source>The data protection officer's remarks</source>
            <translation>Databeskyttelsesrådgiverens bemærkninger</translation>
        </message>
        <message>
            <source>No remarks are written for {year}.</source>
            <translation>Der er ikke skrevet bemærkninger for {year}.</translation>
        </message>
        <message>
            <source>Annual report of the data protection officer {year}</source>
            <translation>Årsrapport fra databeskyttelsesrådgiveren {year}</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Indhold</translation>
        </message>
        <message>
            <source>Supervision of {name} is overdue.</source>
            <translation>Tilsynet med {name} er overskredet.</translation>
        </message>
        <message>
            <source>{name}: {n} follow-up actions of supervision are open.</source>
            <translation>{name}: {n} opfølgningspunkter fra tilsyn er åbne.</translation>
        </message>
        <message>
            <source>The review of the activity {name} is overdue.</source>
            <translation>Gennemgangen af aktiviteten {name} er overskredet.</translation>
        </message>
        <message>
            <source>The activity {name} is not yet assessed for a DPIA.</source>
            <translation>Aktiviteten {name} er endnu ikke vurderet for behov for konsekvensanalyse.</translation>
        </message>
        <message>
            <source>{n} requests of data subjects are open past their deadline.</source>
            <translation>{n} anmodninger fra registrerede er åbne efter fristen.</translation>
        </message>
        <message>
            <source>The breach {name} is not closed.</source>
            <translation>Bruddet {name} er ikke afsluttet.</translation>
        </message>
        <message>
            <source>The breach {name} is high risk, and informing the people is not decided.</source>
            <translation>Bruddet {name} indebærer høj risiko, og der er ikke taget stilling til at underrette de registrerede.</translation>
        </message>
        <message>
            <source>{n} health-data consents are to be confirmed again.</source>
            <translation>{n} helbredssamtykker skal bekræftes igen.</translation>
        </message>
        <message>
            <source>Privacy notice: {name}: {what}</source>
            <translation>Privatlivspolitik: {name}: {what}</translation>
        </message>
        <message>
            <source>{name}: 1 follow-up action of supervision is open.</source>
            <translation>{name}: 1 opfølgningspunkt fra tilsyn er åbent.</translation>
        </message>
        <message>
            <source>1 request of a data subject is open past its deadline.</source>
            <translation>1 anmodning fra en registreret er åben efter fristen.</translation>
        </message>
        <message>
            <source>1 health-data consent is to be confirmed again.</source>
            <translation>1 helbredssamtykke skal bekræftes igen.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Annulleret.</translation>
        </message>
    </context>
    <context>
        <name>BreachDialog</name>
        <message>
            <source>New breach</source>
            <translation>Nyt brud</translation>
        </message>
        <message>
            <source>Breach: %1</source>
            <translation>Brud: %1</translation>
        </message>
        <message>
            <source>The breach</source>
            <translation>Bruddet</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>Kendt</translation>
        </message>
        <message>
            <source>72 hours</source>
            <translation>72 timer</translation>
        </message>
        <message>
            <source>What it touched</source>
            <translation>Hvad det ramte</translation>
        </message>
        <message>
            <source>Among the data</source>
            <translation>Blandt oplysningerne</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Ikke vurderet</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Anmeldelse</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Anmeldt</translation>
        </message>
        <message>
            <source>The people affected</source>
            <translation>De berørte</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Ikke besluttet</translation>
        </message>
        <message>
            <source>Yes, they have been told</source>
            <translation>Ja, de er underrettet</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Told</source>
            <translation>Underrettet</translation>
        </message>
        <message>
            <source>Notify Datatilsynet by %1 (72 hours after awareness)</source>
            <translation>Anmeld til Datatilsynet senest %1 (72 timer efter opdagelsen)</translation>
        </message>
        <message>
            <source>From the register: %1 — %2</source>
            <translation>Fra fortegnelsen: %1 — %2</translation>
        </message>
        <message>
            <source>You have changed the breach. Close without saving?</source>
            <translation>Du har ændret bruddet. Vil du lukke uden at gemme?</translation>
        </message>
    </context>
    <context>
        <name>BreachTab</name>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Passed %1 ago</source>
            <translation>Overskredet for %1 siden</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 tilbage</translation>
        </message>
        <message>
            <source>Deadline %1</source>
            <translation>Frist %1</translation>
        </message>
        <message>
            <source>Art. 34 decision missing</source>
            <translation>Mangler beslutning efter art. 34</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Became aware</source>
            <translation>Opdaget</translation>
        </message>
        <message>
            <source>72 hours</source>
            <translation>72 timer</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>Søg… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbne</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Redigér</translation>
        </message>
        <message>
            <source>Case file…</source>
            <translation>Sagsakt…</translation>
        </message>
        <message>
            <source>Letter to the people affected…</source>
            <translation>Brev til de berørte…</translation>
        </message>
        <message>
            <source>Notice to the controller…</source>
            <translation>Underretning til dataansvarlig…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <source>%1 of %2 breaches</source>
            <translation>%1 af %2 brud</translation>
        </message>
        <message numerus="yes">
            <source>%n inside the 72 hours</source>
            <translation>
                <numerusform>%n inden for de 72 timer</numerusform>
                <numerusform>%n inden for de 72 timer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Breaches</name>
        <message>
            <source>Confidentiality</source>
            <translation>Fortrolighed</translation>
        </message>
        <message>
            <source>Integrity</source>
            <translation>Integritet</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Tilgængelighed</translation>
        </message>
        <message>
            <source>No risk</source>
            <translation>Ingen risiko</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>High risk</source>
            <translation>Høj risiko</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registreret</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Vurderet</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Anmeldt</translation>
        </message>
        <message>
            <source>Not notified</source>
            <translation>Ikke anmeldt</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Our own processing (controller)</source>
            <translation>Vores egen behandling (dataansvarlig)</translation>
        </message>
        <message>
            <source>Processing for a controller (processor)</source>
            <translation>Behandling for en dataansvarlig (databehandler)</translation>
        </message>
        <message>
            <source>The data were unintelligible to others, e.g. encrypted (Art. 34(3)(a))</source>
            <translation>Oplysningerne var uforståelige for andre, fx krypterede (art. 34, stk. 3, litra a)</translation>
        </message>
        <message>
            <source>Measures taken since make the high risk no longer likely (Art. 34(3)(b))</source>
            <translation>Efterfølgende foranstaltninger gør, at den høje risiko ikke længere er sandsynlig (art. 34, stk. 3, litra b)</translation>
        </message>
        <message>
            <source>Telling each person would take disproportionate effort; a public communication instead (Art. 34(3)(c))</source>
            <translation>Det ville kræve en uforholdsmæssig indsats at underrette hver enkelt; i stedet en offentlig meddelelse (art. 34, stk. 3, litra c)</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Ændret</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Slettet</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Ikke besluttet</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Log of personal data breaches</source>
            <translation>Log over brud på persondatasikkerheden</translation>
        </message>
        <message>
            <source>Breaches the organisation became aware of from {start} to {end}.</source>
            <translation>Brud, som organisationen blev opmærksom på fra {start} til {end}.</translation>
        </message>
        <message>
            <source>Art. 33(5) of the General Data Protection Regulation: every breach is documented, whether it was notified or not.</source>
            <translation>Databeskyttelsesforordningens art. 33, stk. 5: alle brud dokumenteres, uanset om de er anmeldt eller ej.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>In time</source>
            <translation>Rettidigt</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Deadline (72 hours)</source>
            <translation>Frist (72 timer)</translation>
        </message>
        <message>
            <source>not told</source>
            <translation>ikke underrettet</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Notified in time</source>
            <translation>Anmeldt rettidigt</translation>
        </message>
        <message>
            <source>Notified late</source>
            <translation>Anmeldt for sent</translation>
        </message>
        <message>
            <source>Counts per year</source>
            <translation>Optælling pr. år</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Breach case file</source>
            <translation>Sagsakt for brud</translation>
        </message>
        <message>
            <source>The breach</source>
            <translation>Bruddet</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>What it touched</source>
            <translation>Hvad det ramte</translation>
        </message>
        <message>
            <source>Special kinds of data</source>
            <translation>Særlige typer oplysninger</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Vurdering</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>Ikke vurderet</translation>
        </message>
        <message>
            <source>Notification to Datatilsynet (Art. 33)</source>
            <translation>Anmeldelse til Datatilsynet (art. 33)</translation>
        </message>
        <message>
            <source>The data subjects (Art. 34)</source>
            <translation>De registrerede (art. 34)</translation>
        </message>
        <message>
            <source>Not required (no high risk)</source>
            <translation>Ikke påkrævet (ikke høj risiko)</translation>
        </message>
        <message>
            <source>Controllers told (Art. 33(2))</source>
            <translation>Underrettede dataansvarlige (art. 33, stk. 2)</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>Told</source>
            <translation>Underrettet</translation>
        </message>
        <message>
            <source>Hours after awareness</source>
            <translation>Timer efter opdagelse</translation>
        </message>
        <message>
            <source>History of the record</source>
            <translation>Historik</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Hvem</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Ændring</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Felter</translation>
        </message>
        <message>
            <source>Notice of a personal data breach</source>
            <translation>Underretning om brud på persondatasikkerheden</translation>
        </message>
        <message>
            <source>To the people affected</source>
            <translation>Til de berørte</translation>
        </message>
        <message>
            <source>We are writing to tell you that personal data about you has been affected by a breach of security at {org}. We became aware of it on {date}.</source>
            <translation>Vi skriver for at fortælle dig, at personoplysninger om dig er berørt af et brud på sikkerheden hos {org}. Vi blev opmærksomme på bruddet den {date}.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hvad der er sket</translation>
        </message>
        <message>
            <source>What it may mean for you</source>
            <translation>Hvad det kan betyde for dig</translation>
        </message>
        <message>
            <source>What we have done</source>
            <translation>Hvad vi har gjort</translation>
        </message>
        <message>
            <source>What you can do</source>
            <translation>Hvad du selv kan gøre</translation>
        </message>
        <message>
            <source>Whom to contact</source>
            <translation>Hvem du kan kontakte</translation>
        </message>
        <message>
            <source>If you have questions, contact our data protection officer: {contact}. You can also complain to Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk.</source>
            <translation>Har du spørgsmål, kan du kontakte vores databeskyttelsesrådgiver: {contact}. Du kan også klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk.</translation>
        </message>
        <message>
            <source>Notice of a personal data breach to the controller</source>
            <translation>Underretning af den dataansvarlige om brud på persondatasikkerheden</translation>
        </message>
        <message>
            <source>As your processor we notify you of a personal data breach in the processing we carry out on your behalf (Art. 33(2) of the General Data Protection Regulation). We became aware of it on {moment}.</source>
            <translation>Som jeres databehandler underretter vi jer om et brud på persondatasikkerheden i den behandling, vi udfører på jeres vegne (databeskyttelsesforordningens art. 33, stk. 2). Vi blev opmærksomme på bruddet den {moment}.</translation>
        </message>
        <message>
            <source>As controller you decide whether the breach must be notified to Datatilsynet; the 72 hours of Art. 33(1) run from when you became aware of it. We will assist you and send more information as soon as we have it.</source>
            <translation>Som dataansvarlig afgør I, om bruddet skal anmeldes til Datatilsynet; de 72 timer i art. 33, stk. 1, løber fra det tidspunkt, hvor I blev opmærksomme på det. Vi bistår jer og sender flere oplysninger, så snart vi har dem.</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Ukendt</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Skift adgangsfrasen</translation>
        </message>
        <message>
            <source>The database %1 and its backups are encrypted again with the new passphrase. Without it the data cannot be read by anyone: keep it somewhere safe, away from this computer.</source>
            <translation>Databasen %1 og dens sikkerhedskopier krypteres igen med den nye adgangsfrase. Uden den kan ingen læse data: opbevar den et sikkert sted, væk fra denne computer.</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Nuværende adgangsfrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Ny adgangsfrase</translation>
        </message>
        <message>
            <source>Repeat the new one</source>
            <translation>Gentag den nye</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <source>New entry</source>
            <translation>Ny post</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>error</source>
            <translation>fejl</translation>
        </message>
        <message>
            <source>the database: a file path or a SQLAlchemy URL (default: $DPO_DESK_DB, else the file in your data folder)</source>
            <translation>databasen: en filsti eller en SQLAlchemy-URL (standard: $DPO_DESK_DB, ellers filen i din datamappe)</translation>
        </message>
        <message>
            <source>DPO Desk: the workbench of a data protection officer. Without a command it opens the window.</source>
            <translation>DPO Desk: databeskyttelsesrådgiverens arbejdsbord. Uden en kommando åbnes vinduet.</translation>
        </message>
        <message>
            <source>language of the interface (default: the saved setting, Danish)</source>
            <translation>brugerfladens sprog (standard: den gemte indstilling, dansk)</translation>
        </message>
        <message>
            <source>create a database holding the example organisation (Softværket)</source>
            <translation>opret en database med eksempelorganisationen (Softværket)</translation>
        </message>
        <message>
            <source>write a report as an Excel workbook or a PDF</source>
            <translation>skriv en rapport som Excel-projektmappe eller PDF</translation>
        </message>
        <message>
            <source>the report</source>
            <translation>rapporten</translation>
        </message>
        <message>
            <source>copy the database safely (SQLite's online backup) to a file</source>
            <translation>kopiér databasen sikkert (SQLites online-backup) til en fil</translation>
        </message>
        <message>
            <source>the backup file to write</source>
            <translation>sikkerhedskopien, der skal skrives</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current one is backed up first)</source>
            <translation>erstat databasen med en sikkerhedskopi (den nuværende sikres først)</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>sikkerhedskopien, der skal gendannes</translation>
        </message>
        <message>
            <source>restore the newest backup that passes SQLite's check</source>
            <translation>gendan den nyeste sikkerhedskopi, der består SQLites kontrol</translation>
        </message>
        <message>
            <source>write an encrypted copy of the database (SQLCipher); the passphrase is asked for, or read from $DPO_DESK_PASSPHRASE</source>
            <translation>skriv en krypteret kopi af databasen (SQLCipher); adgangsfrasen spørges der om, eller den læses fra $DPO_DESK_PASSPHRASE</translation>
        </message>
        <message>
            <source>the encrypted file to write</source>
            <translation>den krypterede fil, der skal skrives</translation>
        </message>
        <message>
            <source>give an encrypted database and its backups a new passphrase (read from $DPO_DESK_NEW_PASSPHRASE, or asked for); close the window first</source>
            <translation>giv en krypteret database og dens sikkerhedskopier en ny adgangsfrase (læses fra $DPO_DESK_NEW_PASSPHRASE, eller der spørges om den); luk vinduet først</translation>
        </message>
        <message>
            <source>check the database and its audit chain; exit status 1 when broken</source>
            <translation>kontrollér databasen og dens revisionskæde; afslutningskode 1, hvis den er brudt</translation>
        </message>
        <message>
            <source>an anchor from a report or anchors.log: fail unless record N still has that hash</source>
            <translation>et anker fra en rapport eller anchors.log: fejler, medmindre post N stadig har den hashværdi</translation>
        </message>
        <message>
            <source>print the audit chain's head as N:HEX16 (to keep outside the file)</source>
            <translation>udskriv revisionskædens hoved som N:HEX16 (til opbevaring uden for filen)</translation>
        </message>
        <message>
            <source>anonymise and erase what the storage rules say is due today, printing counts</source>
            <translation>anonymisér og slet det, som opbevaringsreglerne siger er forfaldent i dag, og udskriv antallene</translation>
        </message>
        <message>
            <source>only count what is due; change nothing</source>
            <translation>tæl kun, hvad der er forfaldent; intet ændres</translation>
        </message>
        <message>
            <source>{path} is encrypted: set ${var} or run the command in a terminal</source>
            <translation>{path} er krypteret: sæt ${var}, eller kør kommandoen i en terminal</translation>
        </message>
        <message>
            <source>Passphrase for {name}: </source>
            <translation>Adgangsfrase til {name}: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Gentag adgangsfrasen: </translation>
        </message>
        <message>
            <source>the database already holds an organisation: {db}</source>
            <translation>databasen indeholder allerede en organisation: {db}</translation>
        </message>
        <message>
            <source>Example organisation written to {db}</source>
            <translation>Eksempelorganisationen er skrevet til {db}</translation>
        </message>
        <message>
            <source>{path} is a folder; give the name of the file to write</source>
            <translation>{path} er en mappe; angiv navnet på den fil, der skal skrives</translation>
        </message>
        <message>
            <source>the folder of the output file does not exist: {path}</source>
            <translation>mappen til outputfilen findes ikke: {path}</translation>
        </message>
        <message>
            <source>Due for erasure (nothing was changed):</source>
            <translation>Forfaldent til sletning (intet er ændret):</translation>
        </message>
        <message>
            <source>Anonymised and erased:</source>
            <translation>Anonymiseret og slettet:</translation>
        </message>
        <message>
            <source>not an anchor (N:HEX16): {anchor}</source>
            <translation>ikke et anker (N:HEX16): {anchor}</translation>
        </message>
        <message>
            <source>Without the chain's key only the chain's shape was checked; a forger with the file could have rewritten it. Check an anchor with --anchor.</source>
            <translation>Uden kædens nøgle er kun kædens form kontrolleret; en falsker med filen kunne have skrevet den om. Kontrollér et anker med --anchor.</translation>
        </message>
        <message>
            <source>the archive (JSON) to write</source>
            <translation>arkivfilen (JSON), der skal skrives</translation>
        </message>
        <message>
            <source>{rows} rows of {tables} tables and {files} attached files.</source>
            <translation>{rows} rækker fra {tables} tabeller og {files} vedhæftede filer.</translation>
        </message>
        <message>
            <source>Not found beside the database, and so not in the archive: {names}</source>
            <translation>Ikke fundet ved siden af databasen og derfor ikke med i arkivet: {names}</translation>
        </message>
        <message>
            <source>the archive to load into an empty database</source>
            <translation>arkivet, der skal indlæses i en tom database</translation>
        </message>
        <message>
            <source>Loaded {rows} rows and {files} attached files into {db}.</source>
            <translation>Indlæste {rows} rækker og {files} vedhæftede filer i {db}.</translation>
        </message>
        <message>
            <source>the database to copy</source>
            <translation>databasen, der skal kopieres</translation>
        </message>
        <message>
            <source>the empty database to copy it into (a new file is made)</source>
            <translation>den tomme database, der skal kopieres til (en ny fil oprettes)</translation>
        </message>
        <message>
            <source>Copied {source} to {target} and checked the copy: each of the {tables} tables has as many rows in both ({rows} rows in all).</source>
            <translation>Kopierede {source} til {target} og kontrollerede kopien: hver af de {tables} tabeller har lige mange rækker i begge ({rows} rækker i alt).</translation>
        </message>
        <message>
            <source>grant-read: the role may read everything and change nothing; grant-write: it may edit too</source>
            <translation>grant-read: rollen må læse alt og ikke ændre noget; grant-write: den må også redigere</translation>
        </message>
        <message>
            <source>the PostgreSQL login, made when missing (its password from $DPO_DESK_ROLE_PASSWORD when set)</source>
            <translation>PostgreSQL-brugeren, som oprettes, hvis den mangler (adgangskoden tages fra $DPO_DESK_ROLE_PASSWORD, når den er sat)</translation>
        </message>
        <message>
            <source>Created the login {role}.</source>
            <translation>Oprettede brugeren {role}.</translation>
        </message>
        <message>
            <source>{role} may read and edit {db}.</source>
            <translation>{role} må læse og redigere {db}.</translation>
        </message>
        <message>
            <source>{role} may read {db} and change nothing.</source>
            <translation>{role} må læse {db} og ikke ændre noget.</translation>
        </message>
        <message>
            <source>write the whole database to a JSON archive (documented and versioned)</source>
            <translation>skriv hele databasen til et JSON-arkiv (dokumenteret og versioneret)</translation>
        </message>
        <message>
            <source>load a JSON archive into an empty database, and verify its audit chain</source>
            <translation>indlæs et JSON-arkiv i en tom database, og kontrollér dets revisionskæde</translation>
        </message>
        <message>
            <source>copy a whole database into an empty one (SQLite and PostgreSQL), verified</source>
            <translation>kopiér en hel database til en tom (SQLite og PostgreSQL), kontrolleret</translation>
        </message>
        <message>
            <source>give a PostgreSQL login read-only (grant-read) or editing (grant-write) rights</source>
            <translation>giv en PostgreSQL-bruger ret til kun at læse (grant-read) eller til at redigere (grant-write)</translation>
        </message>
        <message>
            <source>The anchor {anchor} does not hold: the history was rewritten since.</source>
            <translation>Ankeret {anchor} holder ikke: historikken er skrevet om siden.</translation>
        </message>
        <message>
            <source>The anchor {anchor} holds.</source>
            <translation>Ankeret {anchor} holder.</translation>
        </message>
        <message>
            <source>the database reported an error: {error}</source>
            <translation>databasen meldte en fejl: {error}</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>Skrevet: {path}</translation>
        </message>
        <message>
            <source>the file format (default: from the file name, else the report's)</source>
            <translation>filformatet (standard: ud fra filnavnet, ellers rapportens eget)</translation>
        </message>
        <message>
            <source>the file (or folder) to write</source>
            <translation>filen (eller mappen), der skal skrives</translation>
        </message>
        <message>
            <source>the year of the annual report</source>
            <translation>årsrapportens år</translation>
        </message>
        <message>
            <source>a record to report on (again for several): the breach of a breach's letter, notice or case, the controller of a sub-processor annex (without it, the choices are listed)</source>
            <translation>en post, rapporten gælder (gentag for flere): bruddet for et bruds brev, underretning eller sagsakt, den dataansvarlige for et bilag om underdatabehandlere (uden den vises valgmulighederne)</translation>
        </message>
        <message>
            <source>The report {report} is made for one record at a time: name one with --id N.</source>
            <translation>Rapporten {report} laves for én post ad gangen: angiv den med --id N.</translation>
        </message>
        <message>
            <source>(there is none in this database)</source>
            <translation>(der er ingen i denne database)</translation>
        </message>
        <message>
            <source>you are not allowed to write in the folder {path}</source>
            <translation>du har ikke lov til at skrive i mappen {path}</translation>
        </message>
        <message>
            <source>backup and restore work on SQLite files; use the server's own tools for a server database</source>
            <translation>backup og gendannelse virker på SQLite-filer; brug serverens egne værktøjer til en serverdatabase</translation>
        </message>
        <message>
            <source>there is no good backup of {db}</source>
            <translation>der findes ingen god sikkerhedskopi af {db}</translation>
        </message>
        <message>
            <source>not a sound database backup: {path}</source>
            <translation>ikke en sund sikkerhedskopi af en database: {path}</translation>
        </message>
        <message>
            <source>Restored {backup} into {db}; the replaced database was kept as {safety}.</source>
            <translation>Gendannede {backup} til {db}; den erstattede database er gemt som {safety}.</translation>
        </message>
        <message>
            <source>{db} is encrypted already</source>
            <translation>{db} er allerede krypteret</translation>
        </message>
        <message>
            <source>{path} exists already</source>
            <translation>{path} findes allerede</translation>
        </message>
        <message>
            <source>Written: {path}, with {n} attached documents inside it. Open it with --db {path}. Keep the passphrase safe: without it the data cannot be read. Once you have checked the copy, delete the plain database {db}, its backups and its attachments folder.</source>
            <translation>Skrevet: {path}, med {n} vedhæftede dokumenter i den. Åbn den med --db {path}. Opbevar adgangsfrasen sikkert: uden den kan data ikke læses. Når du har kontrolleret kopien, så slet den ukrypterede database {db}, dens sikkerhedskopier og dens mappe med vedhæftede filer.</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Ny adgangsfrase: </translation>
        </message>
        <message>
            <source>set ${var} or run the command in a terminal</source>
            <translation>sæt ${var}, eller kør kommandoen i en terminal</translation>
        </message>
        <message>
            <source>The passphrase of {db} is changed, and of {n} backups.</source>
            <translation>Adgangsfrasen til {db} er skiftet, og til {n} sikkerhedskopier.</translation>
        </message>
        <message>
            <source>Database integrity check failed: {problem}</source>
            <translation>Databasens integritetskontrol fejlede: {problem}</translation>
        </message>
        <message>
            <source>Database integrity check: ok.</source>
            <translation>Databasens integritetskontrol: i orden.</translation>
        </message>
        <message>
            <source>Audit chain intact: {n} records checked.</source>
            <translation>Revisionskæden er intakt: {n} poster kontrolleret.</translation>
        </message>
        <message>
            <source>Audit chain broken at record {id}: {reason} ({n} records before it are intact).</source>
            <translation>Revisionskæden er brudt ved post {id}: {reason} ({n} poster før den er intakte).</translation>
        </message>
        <message>
            <source>Restore the latest good backup with: dpo-desk restore --db {db} --latest</source>
            <translation>Gendan den seneste gode sikkerhedskopi med: dpo-desk restore --db {db} --latest</translation>
        </message>
        <message>
            <source>the register to import into</source>
            <translation>registret, der skal importeres til</translation>
        </message>
        <message>
            <source>the columns' fields, as JSON text or a JSON file: {"heading": "field"} (an empty field leaves the column out); default: the mapping remembered for these headings, else the one proposed</source>
            <translation>kolonnernes felter som JSON-tekst eller en JSON-fil: {"overskrift": "felt"} (et tomt felt springer kolonnen over); standard: den tilknytning, der er husket for disse overskrifter, ellers den foreslåede</translation>
        </message>
        <message>
            <source>show what would be added, updated and skipped; write nothing</source>
            <translation>vis, hvad der ville blive tilføjet, opdateret og sprunget over; intet skrives</translation>
        </message>
        <message>
            <source>the spreadsheet</source>
            <translation>regnearket</translation>
        </message>
        <message>
            <source>unknown field in the mapping: {field} (known: {known})</source>
            <translation>ukendt felt i tilknytningen: {field} (kendte felter: {known})</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>række {row}</translation>
        </message>
        <message>
            <source>row {row}, column {column} ({heading})</source>
            <translation>række {row}, kolonne {column} ({heading})</translation>
        </message>
        <message>
            <source>New list entry ({kind}): {name}</source>
            <translation>Ny listeværdi ({kind}): {name}</translation>
        </message>
        <message>
            <source>To add: {add}; to update: {update}; to skip: {skip}; with problems: {bad}</source>
            <translation>Tilføjes: {add}; opdateres: {update}; springes over: {skip}; med problemer: {bad}</translation>
        </message>
        <message>
            <source>Nothing was imported: fix the rows with problems first.</source>
            <translation>Intet er importeret: ret først rækkerne med problemer.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Prøvekørsel: intet er skrevet.</translation>
        </message>
        <message>
            <source>Imported from {file}.</source>
            <translation>Importeret fra {file}.</translation>
        </message>
        <message>
            <source>row {row}: would be added</source>
            <translation>række {row}: tilføjes</translation>
        </message>
        <message>
            <source>row {row}: would update the record already there</source>
            <translation>række {row}: opdaterer den post, der allerede findes</translation>
        </message>
        <message>
            <source>row {row}: skipped, the same as a record already there</source>
            <translation>række {row}: springes over, den svarer til en post, der allerede findes</translation>
        </message>
        <message>
            <source>row {row}: skipped, the same as row {first}</source>
            <translation>række {row}: springes over, den svarer til række {first}</translation>
        </message>
        <message>
            <source>import a spreadsheet (xlsx or csv) into a register</source>
            <translation>importér et regneark (xlsx eller csv) i et register</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(not shown)</source>
            <translation>(vises ikke)</translation>
        </message>
        <message>
            <source>Someone else saved this record</source>
            <translation>En anden har gemt denne post</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it. These fields differ. Nothing you typed is lost: choose what to keep.</source>
            <translation>En anden har gemt posten, efter du åbnede den. Disse felter er forskellige. Intet af det, du har skrevet, går tabt: vælg, hvad der skal gælde.</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Dine</translation>
        </message>
        <message>
            <source>Saved by the other</source>
            <translation>Gemt af den anden</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Behold mine</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tag den andens</translation>
        </message>
        <message>
            <source>Copy my text</source>
            <translation>Kopiér min tekst</translation>
        </message>
    </context>
    <context>
        <name>ConsentForms</name>
        <message>
            <source>Signed consent forms of withdrawn consents ({count})</source>
            <translation>Underskrevne samtykkeblanketter for tilbagetrukne samtykker ({count})</translation>
        </message>
    </context>
    <context>
        <name>ConsentReport</name>
        <message>
            <source>Consents per utility</source>
            <translation>Samtykker pr. forsyning</translation>
        </message>
        <message>
            <source>Per utility and status</source>
            <translation>Pr. forsyning og status</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Due for re-confirmation</source>
            <translation>Skal bekræftes igen</translation>
        </message>
        <message>
            <source>Consumer</source>
            <translation>Forbruger</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtykke givet</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Flyttet</translation>
        </message>
        <message>
            <source>The register of consents</source>
            <translation>Registret over samtykker</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Text version</source>
            <translation>Tekstversion</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Indhentet af</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Register of health-data consents</source>
            <translation>Register over samtykker til helbredsoplysninger</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Alternative contact</source>
            <translation>Alternativ kontakt</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Særligt hensyn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Warned at / by</source>
            <translation>Varslet kl. / af</translation>
        </message>
        <message>
            <source>Call sheet before an interruption</source>
            <translation>Opkaldsliste før en afbrydelse</translation>
        </message>
        <message>
            <source>Interruption</source>
            <translation>Afbrydelse</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planlagt start</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Planlagt slut</translation>
        </message>
        <message>
            <source>Consumers to warn</source>
            <translation>Forbrugere, der skal varsles</translation>
        </message>
        <message>
            <source>Produced</source>
            <translation>Dannet</translation>
        </message>
        <message>
            <source>Confidential: health data (Art. 9). Shred the sheet when the interruption is over.</source>
            <translation>Fortroligt: helbredsoplysninger (art. 9). Makulér listen, når afbrydelsen er overstået.</translation>
        </message>
        <message>
            <source>Consent to keep information about your health</source>
            <translation>Samtykke til at opbevare oplysning om dit helbred</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Målernummer</translation>
        </message>
        <message>
            <source>Version of the text</source>
            <translation>Tekstens version</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Hvad det bruges til</translation>
        </message>
        <message>
            <source>We keep a short note that you need special care, so that you are always warned before the district heating is interrupted. We keep only what is needed for that, and nothing else.</source>
            <translation>Vi opbevarer en kort oplysning om, at du har behov for særlige hensyn, så du altid bliver varslet, før der afbrydes for fjernvarmen. Vi gemmer kun det, der er nødvendigt til det, og intet andet.</translation>
        </message>
        <message>
            <source>The consent</source>
            <translation>Samtykket</translation>
        </message>
        <message>
            <source>You can withdraw it at any time</source>
            <translation>Du kan til enhver tid trække det tilbage</translation>
        </message>
        <message>
            <source>You can withdraw your consent at any time, as easily as you gave it: call or write to {utility} or to {org} ({email}, {phone}). The note about your health is then erased at once.</source>
            <translation>Du kan til enhver tid trække dit samtykke tilbage, lige så let som du gav det: ring eller skriv til {utility} eller til {org} ({email}, {phone}). Oplysningen om dit helbred slettes da straks.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Underskrift</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Consumer</source>
            <translation>Forbruger</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Consideration</source>
            <translation>Særligt hensyn</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Flyttet</translation>
        </message>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>Søg… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statusser</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Redigér</translation>
        </message>
        <message>
            <source>Withdraw consent…</source>
            <translation>Træk samtykke tilbage…</translation>
        </message>
        <message>
            <source>Consent form…</source>
            <translation>Samtykkeblanket…</translation>
        </message>
        <message>
            <source>Warning list…</source>
            <translation>Varslingsliste…</translation>
        </message>
        <message>
            <source>Consent texts…</source>
            <translation>Samtykketekster…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Mere</translation>
        </message>
        <message>
            <source>Erase due consent forms</source>
            <translation>Slet forfaldne samtykkeblanketter</translation>
        </message>
        <message>
            <source>Erase the signed forms of withdrawn consents whose proof need no longer be kept (see the deletion calendar).</source>
            <translation>Slet de underskrevne blanketter for tilbagetrukne samtykker, som ikke længere skal gemmes som dokumentation (se slettekalenderen).</translation>
        </message>
        <message numerus="yes">
            <source>%n signed consent form(s) due for erasure (More).</source>
            <translation>
                <numerusform>%n underskreven samtykkeblanket skal slettes (Mere).</numerusform>
                <numerusform>%n underskrevne samtykkeblanketter skal slettes (Mere).</numerusform>
            </translation>
        </message>
        <message>
            <source>All utilities</source>
            <translation>Alle forsyninger</translation>
        </message>
        <message>
            <source>%1 of %2 consumers</source>
            <translation>%1 af %2 forbrugere</translation>
        </message>
        <message numerus="yes">
            <source>%n signed consent form(s) erased.</source>
            <translation>
                <numerusform>%n underskreven samtykkeblanket er slettet.</numerusform>
                <numerusform>%n underskrevne samtykkeblanketter er slettet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Consent form</source>
            <translation>Samtykkeblanket</translation>
        </message>
        <message>
            <source>Writing the consent form…</source>
            <translation>Skriver samtykkeerklæringen…</translation>
        </message>
    </context>
    <context>
        <name>ConsentTextsDialog</name>
        <message>
            <source>Consent texts</source>
            <translation>Samtykketekster</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versioner</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Ny version</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gælder fra</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Add this version</source>
            <translation>Tilføj denne version</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Ingen endnu.</translation>
        </message>
    </context>
    <context>
        <name>Consents</name>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Re-confirm</source>
            <translation>Bekræftes igen</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>Intet samtykke</translation>
        </message>
    </context>
    <context>
        <name>ConsumerDialog</name>
        <message>
            <source>Consumer who needs special care</source>
            <translation>Forbruger med behov for særlige hensyn</translation>
        </message>
        <message>
            <source>The consumer</source>
            <translation>Forbrugeren</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Gade</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Husnummer</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Målernummer</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Alternative contact</source>
            <translation>Alternativ kontakt</translation>
        </message>
        <message>
            <source>Write only what is needed to warn the consumer; at most %1 characters. Never a diagnosis, never a CPR number.</source>
            <translation>Skriv kun det, der er nødvendigt for at varsle forbrugeren; højst %1 tegn. Aldrig en diagnose, aldrig et CPR-nummer.</translation>
        </message>
        <message>
            <source>Show the note (recorded in the log)</source>
            <translation>Vis noten (registreres i loggen)</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Givet</translation>
        </message>
        <message>
            <source>Moved: the consent must be confirmed again</source>
            <translation>Flyttet: samtykket skal bekræftes igen</translation>
        </message>
        <message>
            <source>Special care and consent</source>
            <translation>Særlige hensyn og samtykke</translation>
        </message>
        <message>
            <source>Special consideration</source>
            <translation>Særligt hensyn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Written consent</source>
            <translation>Skriftligt samtykke</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Indhentet af</translation>
        </message>
        <message>
            <source>Consent text signed</source>
            <translation>Underskrevet samtykketekst</translation>
        </message>
        <message>
            <source>Attach the signed form…</source>
            <translation>Vedhæft den underskrevne blanket…</translation>
        </message>
        <message>
            <source>Open the signed form (recorded in the log)</source>
            <translation>Åbn den underskrevne blanket (registreres i loggen)</translation>
        </message>
        <message>
            <source>Signed form</source>
            <translation>Underskrevet blanket</translation>
        </message>
        <message>
            <source>Withdrawn %1 (%2): the health details were erased.</source>
            <translation>Trukket tilbage %1 (%2): helbredsoplysningerne er slettet.</translation>
        </message>
        <message>
            <source>No form is attached.</source>
            <translation>Der er ikke vedhæftet nogen blanket.</translation>
        </message>
        <message>
            <source>The stored form has changed or is missing since it was attached.</source>
            <translation>Den gemte blanket er ændret eller mangler, siden den blev vedhæftet.</translation>
        </message>
        <message>
            <source>You have changed the consumer. Close without saving?</source>
            <translation>Du har ændret forbrugeren. Vil du lukke uden at gemme?</translation>
        </message>
    </context>
    <context>
        <name>ControllersEditor</name>
        <message>
            <source>Told</source>
            <translation>Underrettet</translation>
        </message>
        <message>
            <source>No controllers in the processor register.</source>
            <translation>Ingen dataansvarlige i databehandlerregistret.</translation>
        </message>
    </context>
    <context>
        <name>DeletionCalendar</name>
        <message>
            <source>Due for erasure</source>
            <translation>Skal være slettet</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Data of relationships that ended</source>
            <translation>Oplysninger om forhold, der ophørte</translation>
        </message>
        <message>
            <source>No activity has a structured erasure rule yet.</source>
            <translation>Ingen aktivitet har endnu en struktureret sletteregel.</translation>
        </message>
    </context>
    <context>
        <name>DeletionCalendarDialog</name>
        <message>
            <source>Deletion calendar</source>
            <translation>Slettekalender</translation>
        </message>
        <message>
            <source>From the structured erasure rules of the activities that are not retired. Dates within 30 days are marked.</source>
            <translation>Beregnet ud fra de strukturerede sletteregler for aktiviteter, der ikke er udgået. Datoer inden for 30 dage er markeret.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Details of the selected record</source>
            <translation>Detaljer om den valgte post</translation>
        </message>
        <message>
            <source>Select a row to read it here.</source>
            <translation>Vælg en række for at læse den her.</translation>
        </message>
    </context>
    <context>
        <name>Details</name>
        <message>
            <source>Linked records</source>
            <translation>Sammenhænge</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Modtagere</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Sub-processors</source>
            <translation>Underdatabehandlere</translation>
        </message>
        <message>
            <source>Supervision rounds</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Statushistorik</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Breve</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Afgørelse</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Noter</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Målernummer</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Alternative contact</source>
            <translation>Alternativ kontakt</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtykke givet</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Indhentet af</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Samtykketekst</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>How it was withdrawn</source>
            <translation>Sådan blev det trukket tilbage</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Fraflyttet</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>Domain</name>
        <message>
            <source>the link to the previous record is broken</source>
            <translation>kæden til den forrige post er brudt</translation>
        </message>
        <message>
            <source>the record's content does not match its hash</source>
            <translation>postens indhold passer ikke med dens hash</translation>
        </message>
        <message>
            <source>records are missing at the end of the chain</source>
            <translation>der mangler poster i slutningen af kæden</translation>
        </message>
        <message>
            <source>the record cannot be read (its stored content is damaged)</source>
            <translation>posten kan ikke læses (dens gemte indhold er beskadiget)</translation>
        </message>
        <message>
            <source>This database was written by a newer version of DPO Desk (schema {revision}). It has not been opened or changed. Install the newer version to use it.</source>
            <translation>Databasen er skrevet af en nyere version af DPO Desk (skema {revision}). Den er hverken åbnet eller ændret. Installér den nyere version for at bruge den.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>Der findes ingen database i {path}.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({problem}). It has not been opened, and nothing has been written to it.</source>
            <translation>Databasen {path} er beskadiget ({problem}). Den er ikke åbnet, og intet er skrevet i den.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} er en mappe, ikke en fil.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder.</source>
            <translation>{path} er en fil, ikke en mappe.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} findes ikke.</translation>
        </message>
        <message>
            <source>{path} is not a database: it is neither a SQLite file nor an encrypted one.</source>
            <translation>{path} er ikke en database: den er hverken en SQLite-fil eller en krypteret database.</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a database.</source>
            <translation>{path} er en tom fil, ikke en database.</translation>
        </message>
        <message>
            <source>You are not allowed to read or write {path}.</source>
            <translation>Du har ikke lov til at læse eller skrive {path}.</translation>
        </message>
        <message>
            <source>{path} cannot be written: the file or its folder is read-only.</source>
            <translation>{path} kan ikke skrives: filen eller dens mappe er skrivebeskyttet.</translation>
        </message>
        <message>
            <source>{path} cannot be read or written.</source>
            <translation>{path} kan ikke læses eller skrives.</translation>
        </message>
        <message>
            <source>{path} exists already.</source>
            <translation>{path} findes allerede.</translation>
        </message>
        <message>
            <source>The disk is full or failing: {path} could not be written. Nothing was changed; free some space (or use another disk) and try again.</source>
            <translation>Disken er fuld eller svigter: {path} kunne ikke skrives. Intet er ændret; frigør plads (eller brug en anden disk), og prøv igen.</translation>
        </message>
        <message>
            <source>You are connected as {login}, who may only read this database: nothing was changed.</source>
            <translation>Du er forbundet som {login}, der kun må læse denne database: intet blev ændret.</translation>
        </message>
        <message>
            <source>The database server refused the change: {login} may not write to this database. Nothing was changed.</source>
            <translation>Databaseserveren afviste ændringen: {login} må ikke skrive i denne database. Intet blev ændret.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Feltet skal udfyldes.</translation>
        </message>
        <message>
            <source>A CVR number has 8 digits, e.g. 26 22 40 20.</source>
            <translation>Et CVR-nummer har 8 cifre, fx 26 22 40 20.</translation>
        </message>
        <message>
            <source>This is not a valid CVR number (the check digit does not match).</source>
            <translation>Det er ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke).</translation>
        </message>
        <message>
            <source>Write an e-mail address such as name@example.dk.</source>
            <translation>Skriv en e-mailadresse som navn@eksempel.dk.</translation>
        </message>
        <message>
            <source>A Danish phone number has 8 digits; +45 in front is optional.</source>
            <translation>Et dansk telefonnummer har 8 cifre; +45 foran er valgfrit.</translation>
        </message>
        <message>
            <source>The text is too long (at most {limit} characters).</source>
            <translation>Teksten er for lang (højst {limit} tegn).</translation>
        </message>
        <message>
            <source>The text contains invisible control characters.</source>
            <translation>Teksten indeholder usynlige styretegn.</translation>
        </message>
        <message>
            <source>The text looks like a CPR number. CPR numbers must not be kept here (data minimisation).</source>
            <translation>Teksten ligner et CPR-nummer. CPR-numre må ikke gemmes her (dataminimering).</translation>
        </message>
        <message>
            <source>A Danish postal code has four digits between 0800 and 9990.</source>
            <translation>Et dansk postnummer har fire cifre mellem 0800 og 9990.</translation>
        </message>
        <message>
            <source>Choose a day that exists in every year.</source>
            <translation>Vælg en dag, der findes i alle år.</translation>
        </message>
        <message>
            <source>Special categories of data are chosen: add the Art. 9(2) ground they rest on (Data Protection Act § 7 alone is not enough).</source>
            <translation>Der er valgt særlige kategorier af oplysninger: tilføj det grundlag i art. 9, stk. 2, de behandles efter (databeskyttelseslovens § 7 alene er ikke nok).</translation>
        </message>
        <message>
            <source>Data on criminal offences are chosen: add Data Protection Act § 8 (Art. 10 alone is not a ground).</source>
            <translation>Der er valgt oplysninger om strafbare forhold: tilføj databeskyttelseslovens § 8 (art. 10 alene er ikke et grundlag).</translation>
        </message>
        <message>
            <source>CPR numbers are chosen: add the ground in Data Protection Act § 11 they rest on.</source>
            <translation>Der er valgt CPR-numre: tilføj det grundlag i databeskyttelseslovens § 11, de behandles efter.</translation>
        </message>
        <message>
            <source>Each category of data subjects needs at least one category of personal data.</source>
            <translation>Hver kategori af registrerede skal have mindst én kategori af personoplysninger.</translation>
        </message>
        <message>
            <source>Each category of personal data must concern at least one category of data subjects.</source>
            <translation>Hver kategori af personoplysninger skal vedrøre mindst én kategori af registrerede.</translation>
        </message>
        <message>
            <source>Transfer to {country}: choose the safeguard it rests on.</source>
            <translation>Overførsel til {country}: vælg det overførselsgrundlag, den hviler på.</translation>
        </message>
        <message>
            <source>Each transfer needs a country.</source>
            <translation>Hver overførsel skal have et land.</translation>
        </message>
        <message>
            <source>Transfer to {country}: standard contractual clauses need a module (1–4).</source>
            <translation>Overførsel til {country}: standardkontraktbestemmelser kræver et modul (1–4).</translation>
        </message>
        <message>
            <source>Consent is a basis: write how consent is collected and recorded.</source>
            <translation>Samtykke er et grundlag: skriv, hvordan samtykket indhentes og registreres.</translation>
        </message>
        <message>
            <source>Choose at least one legal basis.</source>
            <translation>Vælg mindst ét retsgrundlag.</translation>
        </message>
        <message>
            <source>The next review cannot be before the last review.</source>
            <translation>Næste gennemgang kan ikke ligge før seneste gennemgang.</translation>
        </message>
        <message>
            <source>Give the number of years or months (1–100).</source>
            <translation>Angiv antal år eller måneder (1–100).</translation>
        </message>
        <message>
            <source>As processor, name at least one controller on whose behalf we process.</source>
            <translation>Som databehandler skal mindst én dataansvarlig, vi behandler for, angives.</translation>
        </message>
        <message>
            <source>Each controller needs a name.</source>
            <translation>Hver dataansvarlig skal have et navn.</translation>
        </message>
        <message>
            <source>{country} is outside the EU/EEA: choose the transfer tool the transfer rests on.</source>
            <translation>{country} ligger uden for EU/EØS: vælg det overførselsgrundlag, overførslen hviler på.</translation>
        </message>
        <message>
            <source>Standard contractual clauses need a module (1–4).</source>
            <translation>Standardkontraktbestemmelser kræver et modul (1–4).</translation>
        </message>
        <message>
            <source>The end or renewal date cannot be before the agreement was signed.</source>
            <translation>Ophørs- eller fornyelsesdatoen kan ikke ligge før aftalens underskrift.</translation>
        </message>
        <message>
            <source>Write the country as a two-letter code, e.g. DK or US.</source>
            <translation>Skriv landet som en kode på to bogstaver, fx DK eller US.</translation>
        </message>
        <message>
            <source>Each follow-up action needs a due date.</source>
            <translation>Hver opfølgning skal have en frist.</translation>
        </message>
        <message>
            <source>A supervision round cannot be in the future.</source>
            <translation>Et tilsyn kan ikke ligge i fremtiden.</translation>
        </message>
        <message>
            <source>You chose another concept than the point scale suggests (concept {suggested}): write why.</source>
            <translation>Du har valgt et andet tilsynskoncept end det, pointskalaen foreslår (koncept {suggested}): skriv hvorfor.</translation>
        </message>
        <message>
            <source>Row {row}, {column}: {message}</source>
            <translation>Række {row}, {column}: {message}</translation>
        </message>
        <message>
            <source>Row {row}, {column}: the text is too long (at most {limit} characters).</source>
            <translation>Række {row}, {column}: teksten er for lang (højst {limit} tegn).</translation>
        </message>
        <message>
            <source>{name} cannot be deleted: these activities use it: {activities}. Retire it instead, or remove it from the activities first.</source>
            <translation>{name} kan ikke slettes, fordi disse aktiviteter bruger den: {activities}. Lad den udgå i stedet, eller fjern den først fra aktiviteterne.</translation>
        </message>
        <message>
            <source>A request cannot go from “{old}” back or over to “{new}”.</source>
            <translation>En anmodning kan ikke gå fra “{old}” tilbage eller videre til “{new}”.</translation>
        </message>
        <message>
            <source>Choose what the request is for.</source>
            <translation>Vælg, hvad anmodningen drejer sig om.</translation>
        </message>
        <message>
            <source>An extension can only be given within the first month, at the latest {date}.</source>
            <translation>En forlængelse kan kun gives inden for den første måned, senest {date}.</translation>
        </message>
        <message>
            <source>Write why the request needs more time (complex or many requests).</source>
            <translation>Skriv, hvorfor anmodningen kræver mere tid (kompleks eller mange anmodninger).</translation>
        </message>
        <message>
            <source>The first month ended {date}: the request can no longer be extended (Art. 12(3)).</source>
            <translation>Den første måned udløb {date}: fristen kan ikke længere forlænges (art. 12, stk. 3).</translation>
        </message>
        <message>
            <source>The identity must be checked before the request is answered.</source>
            <translation>Identiteten skal være kontrolleret, før anmodningen besvares.</translation>
        </message>
        <message>
            <source>The controller cannot have answered before the request was passed on.</source>
            <translation>Den dataansvarlige kan ikke have svaret, før anmodningen blev videresendt.</translation>
        </message>
        <message>
            <source>Health details can only be kept with a written consent on file: record the consent first.</source>
            <translation>Helbredsoplysninger må kun opbevares med et skriftligt samtykke: registrér samtykket først.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Datoen kan ikke ligge i fremtiden.</translation>
        </message>
        <message>
            <source>A consent cannot be withdrawn before it was given.</source>
            <translation>Et samtykke kan ikke trækkes tilbage, før det er givet.</translation>
        </message>
        <message>
            <source>Keep it short: at most 200 characters.</source>
            <translation>Hold det kort: højst 200 tegn.</translation>
        </message>
        <message>
            <source>Give the area: postal codes, street names or meter numbers. An empty area is not “everyone”.</source>
            <translation>Angiv området: postnumre, gadenavne eller målernumre. Et tomt område er ikke “alle”.</translation>
        </message>
        <message>
            <source>Choose the version of the consent text that was signed.</source>
            <translation>Vælg den version af samtykketeksten, der blev underskrevet.</translation>
        </message>
        <message>
            <source>This consent was already withdrawn on {date}: a second withdrawal would overwrite the proof of the first.</source>
            <translation>Samtykket er allerede trukket tilbage den {date}: en ny tilbagetrækning ville overskrive dokumentationen for den første.</translation>
        </message>
        <message>
            <source>The consent is withdrawn: this served only the warning and is kept no longer.</source>
            <translation>Samtykket er trukket tilbage: oplysningen blev kun brugt til varslingen og gemmes ikke længere.</translation>
        </message>
        <message>
            <source>The interruption cannot end before it starts.</source>
            <translation>Afbrydelsen kan ikke slutte, før den begynder.</translation>
        </message>
        <message>
            <source>Version {chosen} is older than version {proposed}, which was in use on the consent date. Is this the version that was signed?</source>
            <translation>Version {chosen} er ældre end version {proposed}, som var i brug på samtykkedatoen. Er det denne version, der blev underskrevet?</translation>
        </message>
        <message>
            <source>Version {chosen} was not yet in use on the consent date. Is this the version that was signed?</source>
            <translation>Version {chosen} var endnu ikke i brug på samtykkedatoen. Er det denne version, der blev underskrevet?</translation>
        </message>
        <message>
            <source>The date cannot be before the request came in.</source>
            <translation>Datoen kan ikke ligge før anmodningen kom ind.</translation>
        </message>
        <message>
            <source>A refusal needs its ground.</source>
            <translation>Et afslag skal have sin begrundelse.</translation>
        </message>
        <message>
            <source>Give the date the answer was sent.</source>
            <translation>Angiv datoen, hvor svaret blev sendt.</translation>
        </message>
        <message>
            <source>Someone else saved this record after you opened it.</source>
            <translation>En anden har gemt denne post, efter at du åbnede den.</translation>
        </message>
        <message>
            <source>The record no longer exists: someone else deleted it after you opened it.</source>
            <translation>Posten findes ikke længere: en anden har slettet den, efter at du åbnede den.</translation>
        </message>
        <message>
            <source>The database {path} is encrypted: give its passphrase.</source>
            <translation>Databasen {path} er krypteret: angiv dens adgangsfrase.</translation>
        </message>
        <message>
            <source>The passphrase does not open {path}. Check it and try again.</source>
            <translation>Adgangsfrasen åbner ikke {path}. Kontrollér den, og prøv igen.</translation>
        </message>
        <message>
            <source>Encrypted databases need the sqlcipher3 package, which is not installed (pip install sqlcipher3).</source>
            <translation>Krypterede databaser kræver pakken sqlcipher3, som ikke er installeret (pip install sqlcipher3).</translation>
        </message>
        <message>
            <source>The database {path} is not encrypted. Make an encrypted copy with 'dpo-desk encrypt' and open that.</source>
            <translation>Databasen {path} er ikke krypteret. Lav en krypteret kopi med 'dpo-desk encrypt', og åbn den.</translation>
        </message>
        <message>
            <source>A passphrase has at least {n} characters.</source>
            <translation>En adgangsfrase har mindst {n} tegn.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>De to adgangsfraser er forskellige.</translation>
        </message>
        <message>
            <source>A passphrase holds letters, digits, spaces and signs, no control characters.</source>
            <translation>En adgangsfrase består af bogstaver, tal, mellemrum og tegn, ingen kontroltegn.</translation>
        </message>
        <message>
            <source>This is not the passphrase of the open database.</source>
            <translation>Det er ikke adgangsfrasen til den åbne database.</translation>
        </message>
        <message>
            <source>The letter “{letter}” does not fit the request as it stands.</source>
            <translation>Brevet »{letter}« passer ikke til anmodningen, som den står nu.</translation>
        </message>
        <message>
            <source>A breach cannot move from {old} to {new}.</source>
            <translation>Et brud kan ikke gå fra {old} til {new}.</translation>
        </message>
        <message>
            <source>The moment cannot be in the future.</source>
            <translation>Tidspunktet kan ikke ligge i fremtiden.</translation>
        </message>
        <message>
            <source>This cannot be before the organisation became aware of the breach.</source>
            <translation>Dette kan ikke ligge før, organisationen blev opmærksom på bruddet.</translation>
        </message>
        <message>
            <source>The end of the period cannot be before its start.</source>
            <translation>Periodens slutning kan ikke ligge før dens start.</translation>
        </message>
        <message>
            <source>The organisation cannot have become aware before the breach began.</source>
            <translation>Organisationen kan ikke være blevet opmærksom på bruddet, før det begyndte.</translation>
        </message>
        <message>
            <source>Choose at least one kind of breach.</source>
            <translation>Vælg mindst én type brud.</translation>
        </message>
        <message>
            <source>Assess the risk, with its reasoning, before the breach moves on.</source>
            <translation>Vurdér risikoen, med begrundelse, før bruddet går videre.</translation>
        </message>
        <message>
            <source>The notification is more than 72 hours after awareness: give the reasons for the delay (Art. 33(1)).</source>
            <translation>Anmeldelsen ligger mere end 72 timer efter, at I blev opmærksomme på bruddet: angiv begrundelsen for forsinkelsen (art. 33, stk. 1).</translation>
        </message>
        <message>
            <source>Give the date and time of the notification.</source>
            <translation>Angiv dato og klokkeslæt for anmeldelsen.</translation>
        </message>
        <message>
            <source>Give the reference number Datatilsynet gave the notification.</source>
            <translation>Angiv det journalnummer, Datatilsynet gav anmeldelsen.</translation>
        </message>
        <message>
            <source>Say why the breach is not notified (e.g. unlikely to result in a risk).</source>
            <translation>Angiv, hvorfor bruddet ikke anmeldes (fx usandsynligt, at det indebærer en risiko).</translation>
        </message>
        <message>
            <source>A breach assessed as a risk must be notified to Datatilsynet (Art. 33(1)).</source>
            <translation>Et brud, der er vurderet som en risiko, skal anmeldes til Datatilsynet (art. 33, stk. 1).</translation>
        </message>
        <message>
            <source>As processor, tell each controller concerned, and when, before the case moves on (Art. 33(2)).</source>
            <translation>Som databehandler skal I underrette hver berørt dataansvarlig, og angive hvornår, før sagen går videre (art. 33, stk. 2).</translation>
        </message>
        <message>
            <source>A high-risk breach needs a decision: the data subjects told (when and how), or the exception in Art. 34(3) that applies.</source>
            <translation>Et brud med høj risiko kræver en beslutning: de registrerede underrettet (hvornår og hvordan) eller den undtagelse i art. 34, stk. 3, der gælder.</translation>
        </message>
        <message>
            <source>Say how the data subjects were told.</source>
            <translation>Angiv, hvordan de registrerede blev underrettet.</translation>
        </message>
        <message>
            <source>A number cannot be negative.</source>
            <translation>Et antal kan ikke være negativt.</translation>
        </message>
        <message>
            <source>a value does not match the commitment the chain holds for it</source>
            <translation>en værdi passer ikke med det fingeraftryk, kæden har af den</translation>
        </message>
        <message>
            <source>the record's seal does not match the chain's key (it was rewritten)</source>
            <translation>postens segl passer ikke med kædens nøgle (den er skrevet om)</translation>
        </message>
        <message>
            <source>the end of the chain was rewritten (its seal does not match the key)</source>
            <translation>kædens slutning er skrevet om (dens segl passer ikke med nøglen)</translation>
        </message>
        <message>
            <source>The audit chain is broken at record {id}, so it was not converted to the new format; the database was not changed. Restore a backup or ask for help.</source>
            <translation>Revisionskæden er brudt ved post {id}, så den er ikke omdannet til det nye format; databasen er ikke ændret. Gendan en sikkerhedskopi, eller bed om hjælp.</translation>
        </message>
        <message>
            <source>{db} is not empty (the table {table} has rows): an archive is loaded only into an empty database. Nothing was loaded; create a new database and load it there.</source>
            <translation>{db} er ikke tom (tabellen {table} har rækker): et arkiv indlæses kun i en tom database. Intet blev indlæst; opret en ny database, og indlæs det dér.</translation>
        </message>
        <message>
            <source>{path} is not an archive of DPO Desk.</source>
            <translation>{path} er ikke et arkiv fra DPO Desk.</translation>
        </message>
        <message>
            <source>{path} is an archive of format {version}, which this version of DPO Desk cannot read. Nothing was loaded; install the newer version.</source>
            <translation>{path} er et arkiv i format {version}, som denne version af DPO Desk ikke kan læse. Intet blev indlæst; installér den nyere version.</translation>
        </message>
        <message>
            <source>{path} holds a database of schema {archived}, and this database has schema {current}. Nothing was loaded; load it with the version of DPO Desk that wrote it.</source>
            <translation>{path} indeholder en database med skema {archived}, og denne database har skema {current}. Intet blev indlæst; indlæs det med den version af DPO Desk, der skrev det.</translation>
        </message>
        <message>
            <source>{path} does not fit this program's schema: the table {table} is unknown or its columns differ. Nothing was loaded.</source>
            <translation>{path} passer ikke til programmets skema: tabellen {table} er ukendt, eller dens kolonner er anderledes. Intet blev indlæst.</translation>
        </message>
        <message>
            <source>{path}: the value of {column} in row {row} of the table {table} cannot be read. Nothing was loaded.</source>
            <translation>{path}: værdien af {column} i række {row} i tabellen {table} kan ikke læses. Intet blev indlæst.</translation>
        </message>
        <message>
            <source>The audit trail in {path} does not verify (record {id}: {reason}). Nothing was loaded.</source>
            <translation>Revisionssporet i {path} holder ikke ved kontrollen (post {id}: {reason}). Intet blev indlæst.</translation>
        </message>
        <message>
            <source>The copy does not match: the table {table} has {copied} rows in the copy and {original} in the original.</source>
            <translation>Kopien stemmer ikke: tabellen {table} har {copied} rækker i kopien og {original} i originalen.</translation>
        </message>
        <message>
            <source>Team roles exist on PostgreSQL only; {db} is not a PostgreSQL database.</source>
            <translation>Teamroller findes kun på PostgreSQL; {db} er ikke en PostgreSQL-database.</translation>
        </message>
        <message>
            <source>{role} cannot be a role name here: use lower-case letters, digits and _ (at most 63, not starting with a digit).</source>
            <translation>{role} kan ikke bruges som rollenavn her: brug små bogstaver, cifre og _ (højst 63 tegn, og ikke et ciffer først).</translation>
        </message>
        <message>
            <source>{role} is a superuser, who may do anything; give the reader a login of their own.</source>
            <translation>{role} er superbruger og må alt; giv læseren sin egen bruger.</translation>
        </message>
        <message>
            <source>“{name}” is a new list entry: accept the new entries before importing.</source>
            <translation>“{name}” er en ny listeværdi: godkend de nye værdier, før du importerer.</translation>
        </message>
        <message>
            <source>{file} is not an Excel workbook (.xlsx) or a CSV file, and cannot be imported.</source>
            <translation>{file} er ikke en Excel-projektmappe (.xlsx) eller en CSV-fil og kan ikke importeres.</translation>
        </message>
        <message>
            <source>{file} is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
            <translation>{file} er en gammel Excel-fil (.xls). Åbn den i Excel, gem den som Excel-projektmappe (.xlsx), og importér den.</translation>
        </message>
        <message>
            <source>{file} would unpack to {size} MB, more than the {limit} MB an import may hold; it is refused. Split it into smaller workbooks.</source>
            <translation>{file} ville fylde {size} MB udpakket, mere end de {limit} MB, en import må fylde; den afvises. Del den op i mindre projektmapper.</translation>
        </message>
        <message>
            <source>{file} holds no rows to import.</source>
            <translation>{file} indeholder ingen rækker at importere.</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} kan ikke læses: {reason}</translation>
        </message>
    </context>
    <context>
        <name>EraseDueDialog</name>
        <message>
            <source>Erase / anonymise now</source>
            <translation>Slet / anonymisér nu</translation>
        </message>
        <message>
            <source>What the program's own storage rules (Organisation settings) say is due today. Requests are anonymised: the dates and types stay for the statistics.</source>
            <translation>Det, som programmets egne opbevaringsregler (Organisationsindstillinger) siger er forfaldent i dag. Anmodninger anonymiseres: datoer og typer bliver til statistikken.</translation>
        </message>
        <message>
            <source>Save report…</source>
            <translation>Gem rapport…</translation>
        </message>
        <message>
            <source>This cannot be undone:
%1

Erase and anonymise now?</source>
            <translation>Dette kan ikke fortrydes:
%1

Slet og anonymisér nu?</translation>
        </message>
        <message>
            <source>Done: %1 anonymised or erased. Save the report as evidence.</source>
            <translation>Udført: %1 anonymiseret eller slettet. Gem rapporten som dokumentation.</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Gem rapport</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report was saved: %1</source>
            <translation>Rapporten er gemt: %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Your data is safe; the last action may not have been completed. The details are written to the program's log.</source>
            <translation>Noget gik galt. Dine data er i sikkerhed, men den seneste handling er måske ikke gennemført. Detaljerne er skrevet i programmets log.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Uventet fejl</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Your data is safe; the last action may not have been saved.

The details are written to:
{path}</source>
            <translation>Noget gik galt ({kind}). Dine data er i behold; den seneste handling er måske ikke gemt.

Detaljerne er skrevet i:
{path}</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>The report {report} cannot be written as {fmt}.</source>
            <translation>Rapporten {report} kan ikke skrives som {fmt}.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Organisation and database contents</source>
            <translation>Organisation og databasens indhold</translation>
        </message>
        <message>
            <source>Record of processing activities</source>
            <translation>Fortegnelse over behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Privacy notice (Art. 13 and 14)</source>
            <translation>Privatlivspolitik (art. 13 og 14)</translation>
        </message>
        <message>
            <source>Management workbook</source>
            <translation>Ledelsesoverblik (Excel)</translation>
        </message>
        <message>
            <source>Annual report of the DPO</source>
            <translation>Årsrapport fra databeskyttelsesrådgiveren</translation>
        </message>
        <message>
            <source>Inspection pack for Datatilsynet (zip)</source>
            <translation>Tilsynspakke til Datatilsynet (zip)</translation>
        </message>
        <message>
            <source>Overview of processors</source>
            <translation>Oversigt over databehandlere</translation>
        </message>
        <message>
            <source>Sub-processor annex</source>
            <translation>Bilag om underdatabehandlere</translation>
        </message>
        <message>
            <source>Log of data subjects' requests</source>
            <translation>Log over de registreredes anmodninger</translation>
        </message>
        <message>
            <source>Register of health-data consents</source>
            <translation>Register over samtykker til helbredsoplysninger</translation>
        </message>
        <message>
            <source>Log of personal data breaches</source>
            <translation>Log over brud på persondatasikkerheden</translation>
        </message>
        <message>
            <source>Breach case file</source>
            <translation>Sagsakt for et brud</translation>
        </message>
        <message>
            <source>Letter to the people affected by a breach</source>
            <translation>Brev til de berørte af et brud</translation>
        </message>
        <message>
            <source>Notice of a breach to the controller</source>
            <translation>Underretning af den dataansvarlige om et brud</translation>
        </message>
        <message>
            <source>Log of changes</source>
            <translation>Log over ændringer</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel-projektmappe (.xlsx)</translation>
        </message>
        <message>
            <source>PDF document (.pdf)</source>
            <translation>PDF-dokument (.pdf)</translation>
        </message>
        <message>
            <source>Web page (.html)</source>
            <translation>Webside (.html)</translation>
        </message>
        <message>
            <source>Zip archive (.zip)</source>
            <translation>Zip-arkiv (.zip)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksportér</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message numerus="yes">
            <source>Only the %n shown</source>
            <translation>
                <numerusform>Kun den %n viste</numerusform>
                <numerusform>Kun de %n viste</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Vælg…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rækker</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Eksportér til</translation>
        </message>
        <message>
            <source>The folder does not exist: %1</source>
            <translation>Mappen findes ikke: %1</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Skriver rapporten…</translation>
        </message>
        <message>
            <source>Written: %1</source>
            <translation>Skrevet: %1</translation>
        </message>
        <message>
            <source>The report was not written.</source>
            <translation>Rapporten blev ikke skrevet.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <source>TIA date</source>
            <translation>TIA-dato</translation>
        </message>
        <message>
            <source>TIA outcome</source>
            <translation>TIA-resultat</translation>
        </message>
        <message>
            <source>Data transferred</source>
            <translation>Overførte oplysninger</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Gade</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Husnummer</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Målernummer</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Version counter</source>
            <translation>Versionstæller</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Rækkefølge</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Signed consent form</source>
            <translation>Underskrevet samtykkeerklæring</translation>
        </message>
        <message>
            <source>Interruption</source>
            <translation>Afbrydelse</translation>
        </message>
        <message>
            <source>People named</source>
            <translation>Antal personer på listen</translation>
        </message>
        <message>
            <source>With notes</source>
            <translation>Med noter</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Hjemmeside</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Databeskyttelsesrådgiver</translation>
        </message>
        <message>
            <source>DPO e-mail</source>
            <translation>DPO'ens e-mail</translation>
        </message>
        <message>
            <source>DPO phone</source>
            <translation>DPO'ens telefon</translation>
        </message>
        <message>
            <source>Last month of the financial year</source>
            <translation>Regnskabsårets sidste måned</translation>
        </message>
        <message>
            <source>Last day of the financial year</source>
            <translation>Regnskabsårets sidste dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Ændringer</translation>
        </message>
        <message>
            <source>Checksum of the previous record</source>
            <translation>Kontrolsum for den forrige post</translation>
        </message>
        <message>
            <source>Checksum</source>
            <translation>Kontrolsum</translation>
        </message>
        <message>
            <source>Salts of the values</source>
            <translation>Værdiernes salt</translation>
        </message>
        <message>
            <source>Commitments of the values</source>
            <translation>Værdiernes fingeraftryk</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Segl</translation>
        </message>
        <message>
            <source>Erasure period</source>
            <translation>Sletteperiode</translation>
        </message>
        <message>
            <source>Joint controller</source>
            <translation>Fælles dataansvarlig</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Repræsentant</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Behandlingsaktivitet</translation>
        </message>
        <message>
            <source>Category of data subjects</source>
            <translation>Kategori af registrerede</translation>
        </message>
        <message>
            <source>Category of personal data</source>
            <translation>Kategori af personoplysninger</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Modtager</translation>
        </message>
        <message>
            <source>Transfer tool</source>
            <translation>Overførselsgrundlag</translation>
        </message>
        <message>
            <source>SCC module</source>
            <translation>SCC-modul</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <source>Processing done on its behalf</source>
            <translation>Behandling på dens vegne</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Kind of data</source>
            <translation>Oplysningstype</translation>
        </message>
        <message>
            <source>Signed agreement (file)</source>
            <translation>Underskrevet aftale (fil)</translation>
        </message>
        <message>
            <source>Checksum of the signed agreement</source>
            <translation>Kontrolsum for den underskrevne aftale</translation>
        </message>
        <message>
            <source>Number of data subjects</source>
            <translation>Antal registrerede</translation>
        </message>
        <message>
            <source>Special categories or criminal offences</source>
            <translation>Særlige kategorier eller strafbare forhold</translation>
        </message>
        <message>
            <source>Processing of a special nature</source>
            <translation>Behandling af særlig karakter</translation>
        </message>
        <message>
            <source>Agreement party</source>
            <translation>Aftalepart</translation>
        </message>
        <message>
            <source>General authorisation</source>
            <translation>Generel godkendelse</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultater</translation>
        </message>
        <message>
            <source>Supervision concept</source>
            <translation>Tilsynskoncept</translation>
        </message>
        <message>
            <source>Suggested concept</source>
            <translation>Foreslået tilsynskoncept</translation>
        </message>
        <message>
            <source>Reason for the concept</source>
            <translation>Begrundelse for tilsynskonceptet</translation>
        </message>
        <message>
            <source>Supervision round</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anmodning</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Videresendt</translation>
        </message>
        <message>
            <source>Answered by the controller</source>
            <translation>Besvaret af den dataansvarlige</translation>
        </message>
        <message>
            <source>Kind of letter</source>
            <translation>Brevtype</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skrevet</translation>
        </message>
        <message>
            <source>Alternative contact</source>
            <translation>Alternativ kontakt</translation>
        </message>
        <message>
            <source>Special consideration</source>
            <translation>Særligt hensyn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Written consent given</source>
            <translation>Skriftligt samtykke givet</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Indhentet af</translation>
        </message>
        <message>
            <source>Consent text signed</source>
            <translation>Underskrevet samtykketekst</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>How it was withdrawn</source>
            <translation>Sådan blev det trukket tilbage</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Flyttet</translation>
        </message>
        <message>
            <source>Checksum of the signed form</source>
            <translation>Kontrolsum for den underskrevne erklæring</translation>
        </message>
        <message>
            <source>Signed form erased</source>
            <translation>Underskrevet blanket slettet</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Betegnelse</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Gyldig fra</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Hvad der blev sendt</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>Told</source>
            <translation>Underrettet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Whose processing</source>
            <translation>Hvis behandling</translation>
        </message>
        <message>
            <source>Occurred from</source>
            <translation>Sket fra</translation>
        </message>
        <message>
            <source>Occurred until</source>
            <translation>Sket til</translation>
        </message>
        <message>
            <source>Became aware</source>
            <translation>Opdaget</translation>
        </message>
        <message>
            <source>Discovered by</source>
            <translation>Opdaget af</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Anmeldt internt af</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Hvad der er sket</translation>
        </message>
        <message>
            <source>Kind of breach</source>
            <translation>Type af brud</translation>
        </message>
        <message>
            <source>Data subjects (approx.)</source>
            <translation>Berørte registrerede (ca.)</translation>
        </message>
        <message>
            <source>Records (approx.)</source>
            <translation>Berørte poster (ca.)</translation>
        </message>
        <message>
            <source>Special categories (Art. 9)</source>
            <translation>Særlige kategorier (art. 9)</translation>
        </message>
        <message>
            <source>Criminal offences (Art. 10)</source>
            <translation>Strafbare forhold (art. 10)</translation>
        </message>
        <message>
            <source>CPR numbers</source>
            <translation>CPR-numre</translation>
        </message>
        <message>
            <source>Likely consequences</source>
            <translation>Sandsynlige konsekvenser</translation>
        </message>
        <message>
            <source>Measures taken</source>
            <translation>Trufne foranstaltninger</translation>
        </message>
        <message>
            <source>Measures proposed</source>
            <translation>Foreslåede foranstaltninger</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Begrundelse</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Vurderet af</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Notified to Datatilsynet</source>
            <translation>Anmeldt til Datatilsynet</translation>
        </message>
        <message>
            <source>Datatilsynet's reference</source>
            <translation>Datatilsynets journalnummer</translation>
        </message>
        <message>
            <source>Reasons for the delay</source>
            <translation>Begrundelse for forsinkelsen</translation>
        </message>
        <message>
            <source>Why not notified</source>
            <translation>Hvorfor ikke anmeldt</translation>
        </message>
        <message>
            <source>Data subjects told</source>
            <translation>Registrerede underrettet</translation>
        </message>
        <message>
            <source>Told on</source>
            <translation>Underrettet den</translation>
        </message>
        <message>
            <source>Told how</source>
            <translation>Underrettet hvordan</translation>
        </message>
        <message>
            <source>What the people affected can do</source>
            <translation>Hvad de berørte selv kan gøre</translation>
        </message>
        <message>
            <source>Exception (Art. 34(3))</source>
            <translation>Undtagelse (art. 34, stk. 3)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Processors involved</source>
            <translation>Involverede databehandlere</translation>
        </message>
        <message>
            <source>Follow-up notifications</source>
            <translation>Supplerende anmeldelser</translation>
        </message>
        <message>
            <source>Controllers told</source>
            <translation>Underrettede dataansvarlige</translation>
        </message>
        <message>
            <source>How consent is obtained</source>
            <translation>Sådan indhentes samtykke</translation>
        </message>
        <message>
            <source>Categories of data subjects</source>
            <translation>Kategorier af registrerede</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Modtagere</translation>
        </message>
        <message>
            <source>Erasure rule</source>
            <translation>Sletteregel</translation>
        </message>
        <message>
            <source>Security measures (description)</source>
            <translation>Sikkerhedsforanstaltninger (beskrivelse)</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Sikkerhedsforanstaltninger</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>Automatiske afgørelser</translation>
        </message>
        <message>
            <source>Automated decisions (description)</source>
            <translation>Automatiske afgørelser (beskrivelse)</translation>
        </message>
        <message>
            <source>Impact assessment (DPIA)</source>
            <translation>Konsekvensanalyse (DPIA)</translation>
        </message>
        <message>
            <source>DPIA date</source>
            <translation>Dato for konsekvensanalysen</translation>
        </message>
        <message>
            <source>DPIA outcome</source>
            <translation>Resultat af konsekvensanalysen</translation>
        </message>
        <message>
            <source>Controllers we process for</source>
            <translation>Dataansvarlige vi behandler for</translation>
        </message>
        <message>
            <source>Which data about whom</source>
            <translation>Hvilke oplysninger om hvem</translation>
        </message>
        <message>
            <source>Who is the controller</source>
            <translation>Hvem er dataansvarlig</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Foreign company number</source>
            <translation>Udenlandsk virksomhedsnummer</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Ydelse</translation>
        </message>
        <message>
            <source>Personal data processed</source>
            <translation>Personoplysninger der behandles</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Aftale underskrevet</translation>
        </message>
        <message>
            <source>Agreement version</source>
            <translation>Aftaleversion</translation>
        </message>
        <message>
            <source>Agreement ends</source>
            <translation>Aftalen ophører</translation>
        </message>
        <message>
            <source>Notice period</source>
            <translation>Opsigelsesvarsel</translation>
        </message>
        <message>
            <source>Sub-processors</source>
            <translation>Underdatabehandlere</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsler til tredjelande</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Risikoniveau</translation>
        </message>
        <message>
            <source>Point scale</source>
            <translation>Pointskala</translation>
        </message>
        <message>
            <source>Next supervision (set by hand)</source>
            <translation>Næste tilsyn (sat manuelt)</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Udgået</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Kilde</translation>
        </message>
        <message>
            <source>Time limit for erasure</source>
            <translation>Slettefrist</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Senest gennemgået</translation>
        </message>
        <message>
            <source>Kinds of request</source>
            <translation>Typer af anmodning</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Anmoder</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Relation to us</source>
            <translation>Relation til os</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Identity must be checked</source>
            <translation>Identiteten skal kontrolleres</translation>
        </message>
        <message>
            <source>How identity was checked</source>
            <translation>Sådan blev identiteten kontrolleret</translation>
        </message>
        <message>
            <source>What the requester is asked to send</source>
            <translation>Hvad anmoderen bedes sende</translation>
        </message>
        <message>
            <source>Identity checked</source>
            <translation>Identitet kontrolleret</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Statushistorik</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Afgørelse</translation>
        </message>
        <message>
            <source>Ground for refusal</source>
            <translation>Afslagsgrund</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Forlænget</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Begrundelse for forlængelsen</translation>
        </message>
        <message>
            <source>Requester told of the extension</source>
            <translation>Anmoder underrettet om forlængelsen</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>Passed on to controllers</source>
            <translation>Videresendt til dataansvarlige</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsEditor</name>
        <message>
            <source>Add a follow-up</source>
            <translation>Tilføj supplerende anmeldelse</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Hvad der blev sendt</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
    </context>
    <context>
        <name>Housekeeping</name>
        <message>
            <source>The general limitation period (forældelsesloven § 3): a claim about how a request was handled can be raised for 3 years. Then the requester's name and contact are replaced and the letters erased; the dates and types stay for the statistics.</source>
            <translation>Den almindelige forældelsesfrist (forældelsesloven § 3): et krav om, hvordan en anmodning blev behandlet, kan rejses i 3 år. Derefter erstattes anmoderens navn og kontaktoplysninger, og brevene slettes; datoer og typer bliver til statistikken.</translation>
        </message>
        <message>
            <source>Art. 33(5): the documentation must let the supervisory authority check that the breach was handled lawfully. After the period the breach record is erased.</source>
            <translation>Art. 33, stk. 5: dokumentationen skal sætte tilsynsmyndigheden i stand til at kontrollere, at bruddet blev håndteret lovligt. Efter perioden slettes registreringen af bruddet.</translation>
        </message>
        <message>
            <source>A withdrawn consent: the signed form is kept as proof for the period set for consent forms; the health details and contact data are erased at once.</source>
            <translation>Et tilbagekaldt samtykke: den underskrevne blanket gemmes som bevis i den periode, der er sat for samtykkeblanketter; helbredsoplysninger og kontaktoplysninger slettes med det samme.</translation>
        </message>
        <message>
            <source>Backups made before the latest erasure still hold the old values ({held} are kept now). Backups rotate: {keep} generations are kept, so with one backup a day the last of them is removed by {date}.</source>
            <translation>Sikkerhedskopier taget før den seneste sletning indeholder stadig de gamle værdier ({held} gemmes nu). Sikkerhedskopierne roterer: {keep} generationer gemmes, så med én sikkerhedskopi om dagen er den sidste af dem fjernet senest den {date}.</translation>
        </message>
        <message>
            <source>{n} years after closing</source>
            <translation>{n} år efter afslutning</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Regler</translation>
        </message>
        <message>
            <source>Closed subject requests</source>
            <translation>Afsluttede anmodninger fra registrerede</translation>
        </message>
        <message>
            <source>Closed breaches</source>
            <translation>Afsluttede brud</translation>
        </message>
        <message>
            <source>Signed forms of withdrawn consents</source>
            <translation>Underskrevne blanketter for tilbagekaldte samtykker</translation>
        </message>
        <message>
            <source>{n} years after the financial year of withdrawal</source>
            <translation>{n} år efter regnskabsåret for tilbagekaldelsen</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Sikkerhedskopier, der gemmes</translation>
        </message>
        <message>
            <source>Erasures</source>
            <translation>Sletninger</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Nothing has been erased yet.</source>
            <translation>Intet er slettet endnu.</translation>
        </message>
        <message>
            <source>Due for erasure on {date}: {n}.</source>
            <translation>Forfaldent til sletning den {date}: {n}.</translation>
        </message>
        <message>
            <source>Storage limitation: erasures</source>
            <translation>Opbevaringsbegrænsning: sletninger</translation>
        </message>
        <message>
            <source>Closed requests anonymised</source>
            <translation>Afsluttede anmodninger anonymiseret</translation>
        </message>
        <message>
            <source>Letters erased</source>
            <translation>Breve slettet</translation>
        </message>
        <message>
            <source>Closed breaches erased</source>
            <translation>Afsluttede brud slettet</translation>
        </message>
        <message>
            <source>Signed forms of withdrawn consents erased</source>
            <translation>Underskrevne blanketter for tilbagekaldte samtykker slettet</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Cannot read the date “{value}”: write it as dd-mm-åååå.</source>
            <translation>Datoen “{value}” kan ikke læses: skriv den som dd-mm-åååå.</translation>
        </message>
        <message>
            <source>Write yes or no, not “{value}”.</source>
            <translation>Skriv ja eller nej, ikke “{value}”.</translation>
        </message>
        <message>
            <source>Unknown legal basis: “{value}”.</source>
            <translation>Ukendt behandlingsgrundlag: “{value}”.</translation>
        </message>
        <message>
            <source>Unknown value “{value}”; write one of: {choices}.</source>
            <translation>Ukendt værdi “{value}”; skriv en af: {choices}.</translation>
        </message>
        <message>
            <source>The cell holds a formula with no saved result; open the file in Excel and save it, or type the value.</source>
            <translation>Cellen indeholder en formel uden gemt resultat; åbn filen i Excel og gem den, eller skriv værdien.</translation>
        </message>
        <message>
            <source>No processing activity is named “{value}”.</source>
            <translation>Ingen behandlingsaktivitet hedder “{value}”.</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Behandlingsgrundlag</translation>
        </message>
        <message>
            <source>How consent is recorded</source>
            <translation>Hvordan samtykke registreres</translation>
        </message>
        <message>
            <source>Categories of data subjects</source>
            <translation>Kategorier af registrerede</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>Personal data by data subject</source>
            <translation>Personoplysninger pr. kategori af registrerede</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Oplysningernes kilde</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Categories of recipients</source>
            <translation>Kategorier af modtagere</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsel til tredjelande</translation>
        </message>
        <message>
            <source>Time limits for erasure</source>
            <translation>Tidsfrister for sletning</translation>
        </message>
        <message>
            <source>Security measures</source>
            <translation>Sikkerhedsforanstaltninger</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>Automatiske afgørelser</translation>
        </message>
        <message>
            <source>Impact assessment (DPIA)</source>
            <translation>Konsekvensanalyse (DPIA)</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ejer</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Senest gennemgået</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>Controllers on whose behalf we process</source>
            <translation>Dataansvarlige, vi behandler for</translation>
        </message>
        <message>
            <source>Controllers' CVR numbers</source>
            <translation>De dataansvarliges CVR-numre</translation>
        </message>
        <message>
            <source>Controllers' contact details</source>
            <translation>De dataansvarliges kontaktoplysninger</translation>
        </message>
        <message>
            <source>Categories of processing</source>
            <translation>Kategorier af behandling</translation>
        </message>
        <message>
            <source>Joint controller</source>
            <translation>Fælles dataansvarlig</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Repræsentant</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Retning</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Ydelse</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Aftale indgået</translation>
        </message>
        <message>
            <source>Agreement ends</source>
            <translation>Aftale udløber</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Risikoniveau</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Personal data processed</source>
            <translation>Personoplysninger, der behandles</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Ophørt</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anmodninger</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Anmoder</translation>
        </message>
        <message>
            <source>Kinds of request</source>
            <translation>Anmodningstyper</translation>
        </message>
        <message>
            <source>Relation to us</source>
            <translation>Forhold til os</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Forlænget</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Begrundelse for forlængelsen</translation>
        </message>
        <message>
            <source>Requester told of the extension</source>
            <translation>Anmoder underrettet om forlængelsen</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>Ground for refusal</source>
            <translation>Afslagsgrund</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Vej</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Husnummer</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Meter number</source>
            <translation>Målernummer</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtykke givet</translation>
        </message>
        <message>
            <source>Collected by</source>
            <translation>Indhentet af</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Tilbagekaldt</translation>
        </message>
        <message>
            <source>Consent text version</source>
            <translation>Samtykketekstens version</translation>
        </message>
        <message>
            <source>Row {row} names the same record with other values: keep one of the two rows.</source>
            <translation>Række {row} angiver den samme post med andre værdier: behold kun den ene af de to rækker.</translation>
        </message>
        <message>
            <source>“{value}” is not a transfer tool.</source>
            <translation>“{value}” er ikke et overførselsgrundlag.</translation>
        </message>
        <message>
            <source>No consent text is labelled “{value}”; add the text under consent texts first.</source>
            <translation>Ingen samtykketekst hedder “{value}”; tilføj først teksten under samtykketekster.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from a spreadsheet</source>
            <translation>Importér fra regneark</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Vælg fil…</translation>
        </message>
        <message>
            <source>Save template…</source>
            <translation>Gem skabelon…</translation>
        </message>
        <message>
            <source>Register:</source>
            <translation>Register:</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <source>The rows of the file, as they will be imported</source>
            <translation>Filens rækker, som de vil blive importeret</translation>
        </message>
        <message>
            <source>Create all new entries</source>
            <translation>Opret alle nye værdier</translation>
        </message>
        <message>
            <source>Leave out the rows with problems</source>
            <translation>Udelad rækkerne med problemer</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importér</translation>
        </message>
        <message>
            <source>Which field each column fills:</source>
            <translation>Hvilket felt hver kolonne udfylder:</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Regneark (*.xlsx *.csv)</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(importeres ikke)</translation>
        </message>
        <message>
            <source>Reading the rows…</source>
            <translation>Læser rækkerne…</translation>
        </message>
        <message>
            <source>To add: {add}. To update: {update}. Skipped (already there): {skip}. With problems: {bad}. Left out: {out}.</source>
            <translation>Tilføjes: {add}. Opdateres: {update}. Springes over (findes allerede): {skip}. Med problemer: {bad}. Udeladt: {out}.</translation>
        </message>
        <message>
            <source>New list entries: {names}.</source>
            <translation>Nye listeværdier: {names}.</translation>
        </message>
        <message>
            <source>These new list entries will be created: {names}.</source>
            <translation>Disse nye listeværdier oprettes: {names}.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerer…</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Gem skabelon</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-projektmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tilføjes</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Opdaterer</translation>
        </message>
        <message>
            <source>Skip (already there)</source>
            <translation>Springes over (findes allerede)</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Hvad sker der</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemer</translation>
        </message>
    </context>
    <context>
        <name>Inspection</name>
        <message>
            <source>record-of-processing-activities</source>
            <translation>fortegnelse-over-behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Record of processing activities (Art. 30)</source>
            <translation>Fortegnelse over behandlingsaktiviteter (art. 30)</translation>
        </message>
        <message>
            <source>processors-and-supervision</source>
            <translation>databehandlere-og-tilsyn</translation>
        </message>
        <message>
            <source>Processors and the supervision of them</source>
            <translation>Databehandlere og tilsynet med dem</translation>
        </message>
        <message>
            <source>requests-log</source>
            <translation>log-over-anmodninger</translation>
        </message>
        <message>
            <source>Log of data subjects' requests</source>
            <translation>Log over registreredes anmodninger</translation>
        </message>
        <message>
            <source>breach-log</source>
            <translation>log-over-brud</translation>
        </message>
        <message>
            <source>Breach log (Art. 33(5))</source>
            <translation>Log over brud på persondatasikkerheden (art. 33, stk. 5)</translation>
        </message>
        <message>
            <source>privacy-notice</source>
            <translation>privatlivspolitik</translation>
        </message>
        <message>
            <source>Privacy notice (Art. 13 and 14)</source>
            <translation>Privatlivspolitik (art. 13 og 14)</translation>
        </message>
        <message>
            <source>Privacy notice as published (HTML)</source>
            <translation>Privatlivspolitik som offentliggjort (HTML)</translation>
        </message>
        <message>
            <source>management-workbook</source>
            <translation>ledelsesoverblik</translation>
        </message>
        <message>
            <source>Management workbook</source>
            <translation>Ledelsesoverblik (Excel)</translation>
        </message>
        <message>
            <source>index</source>
            <translation>indholdsfortegnelse</translation>
        </message>
        <message>
            <source>Inspection pack</source>
            <translation>Tilsynspakke</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Indholdsfortegnelse</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Databeskyttelsesrådgiver</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Each file of the pack with its SHA-256 checksum: a file whose checksum differs has been changed since the pack was made.</source>
            <translation>Hver fil i pakken med sin SHA-256-kontrolsum: en fil, hvis kontrolsum afviger, er ændret, efter pakken blev dannet.</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Indhold</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>inspection</source>
            <translation>tilsynspakke</translation>
        </message>
    </context>
    <context>
        <name>Legal</name>
        <message>
            <source>Art. 6(1)(a) consent</source>
            <translation>Art. 6, stk. 1, litra a – samtykke</translation>
        </message>
        <message>
            <source>The data subject has given consent to the processing of his or her personal data for one or more specific purposes.</source>
            <translation>Den registrerede har givet samtykke til behandling af sine personoplysninger til et eller flere specifikke formål.</translation>
        </message>
        <message>
            <source>Art. 6(1)(b) contract</source>
            <translation>Art. 6, stk. 1, litra b – kontrakt</translation>
        </message>
        <message>
            <source>Processing is necessary for the performance of a contract to which the data subject is party or in order to take steps at the request of the data subject prior to entering into a contract.</source>
            <translation>Behandling er nødvendig af hensyn til opfyldelse af en kontrakt, som den registrerede er part i, eller af hensyn til gennemførelse af foranstaltninger, der træffes på den registreredes anmodning forud for indgåelse af en kontrakt.</translation>
        </message>
        <message>
            <source>Art. 6(1)(c) legal obligation</source>
            <translation>Art. 6, stk. 1, litra c – retlig forpligtelse</translation>
        </message>
        <message>
            <source>Processing is necessary for compliance with a legal obligation to which the controller is subject.</source>
            <translation>Behandling er nødvendig for at overholde en retlig forpligtelse, som påhviler den dataansvarlige.</translation>
        </message>
        <message>
            <source>Art. 6(1)(d) vital interests</source>
            <translation>Art. 6, stk. 1, litra d – vitale interesser</translation>
        </message>
        <message>
            <source>Processing is necessary in order to protect the vital interests of the data subject or of another natural person.</source>
            <translation>Behandling er nødvendig for at beskytte den registreredes eller en anden fysisk persons vitale interesser.</translation>
        </message>
        <message>
            <source>Art. 6(1)(e) public interest</source>
            <translation>Art. 6, stk. 1, litra e – samfundets interesse</translation>
        </message>
        <message>
            <source>Processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller.</source>
            <translation>Behandling er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som den dataansvarlige har fået pålagt.</translation>
        </message>
        <message>
            <source>Art. 6(1)(f) legitimate interests</source>
            <translation>Art. 6, stk. 1, litra f – legitim interesse</translation>
        </message>
        <message>
            <source>Processing is necessary for the purposes of the legitimate interests pursued by the controller or by a third party, except where such interests are overridden by the interests or fundamental rights and freedoms of the data subject.</source>
            <translation>Behandling er nødvendig for, at den dataansvarlige eller en tredjemand kan forfølge en legitim interesse, medmindre den registreredes interesser eller grundlæggende rettigheder og frihedsrettigheder går forud herfor.</translation>
        </message>
        <message>
            <source>Art. 9(2)(a) explicit consent</source>
            <translation>Art. 9, stk. 2, litra a – udtrykkeligt samtykke</translation>
        </message>
        <message>
            <source>The data subject has given explicit consent to the processing of those personal data for one or more specified purposes.</source>
            <translation>Den registrerede har givet udtrykkeligt samtykke til behandling af de pågældende personoplysninger til et eller flere specifikke formål.</translation>
        </message>
        <message>
            <source>Art. 9(2)(b) employment law</source>
            <translation>Art. 9, stk. 2, litra b – ansættelsesret</translation>
        </message>
        <message>
            <source>Processing is necessary for carrying out obligations and exercising rights in the field of employment and social security and social protection law.</source>
            <translation>Behandling er nødvendig for at overholde den dataansvarliges arbejds-, sundheds- og socialretlige forpligtelser og specifikke rettigheder.</translation>
        </message>
        <message>
            <source>Art. 9(2)(c) vital interests</source>
            <translation>Art. 9, stk. 2, litra c – vitale interesser</translation>
        </message>
        <message>
            <source>Processing is necessary to protect the vital interests of the data subject or of another natural person where the data subject is physically or legally incapable of giving consent.</source>
            <translation>Behandling er nødvendig for at beskytte den registreredes eller en anden fysisk persons vitale interesser, hvis den registrerede fysisk eller juridisk ikke er i stand til at give samtykke.</translation>
        </message>
        <message>
            <source>Art. 9(2)(d) not-for-profit body</source>
            <translation>Art. 9, stk. 2, litra d – almennyttig organisation</translation>
        </message>
        <message>
            <source>Processing is carried out in the course of the legitimate activities of a foundation, association or other not-for-profit body, about its members or regular contacts.</source>
            <translation>Behandling foretages af en stiftelse, en sammenslutning eller et andet organ, der ikke arbejder med gevinst for øje, som led i dets legitime aktiviteter og om dets medlemmer eller faste kontakter.</translation>
        </message>
        <message>
            <source>Art. 9(2)(e) made public</source>
            <translation>Art. 9, stk. 2, litra e – offentliggjort af den registrerede</translation>
        </message>
        <message>
            <source>Processing relates to personal data which are manifestly made public by the data subject.</source>
            <translation>Behandling vedrører personoplysninger, som tydeligvis er offentliggjort af den registrerede.</translation>
        </message>
        <message>
            <source>Art. 9(2)(f) legal claims</source>
            <translation>Art. 9, stk. 2, litra f – retskrav</translation>
        </message>
        <message>
            <source>Processing is necessary for the establishment, exercise or defence of legal claims or whenever courts are acting in their judicial capacity.</source>
            <translation>Behandling er nødvendig for, at retskrav kan fastlægges, gøres gældende eller forsvares, eller når domstole handler i deres egenskab af domstol.</translation>
        </message>
        <message>
            <source>Art. 9(2)(g) substantial public interest</source>
            <translation>Art. 9, stk. 2, litra g – væsentlig samfundsinteresse</translation>
        </message>
        <message>
            <source>Processing is necessary for reasons of substantial public interest, on the basis of Union or Member State law.</source>
            <translation>Behandling er nødvendig af hensyn til væsentlige samfundsinteresser på grundlag af EU-retten eller medlemsstaternes nationale ret.</translation>
        </message>
        <message>
            <source>Art. 9(2)(h) health or social care</source>
            <translation>Art. 9, stk. 2, litra h – sundheds- og socialområdet</translation>
        </message>
        <message>
            <source>Processing is necessary for the purposes of preventive or occupational medicine, medical diagnosis, or the provision of health or social care or treatment.</source>
            <translation>Behandling er nødvendig med henblik på forebyggende medicin eller arbejdsmedicin, medicinsk diagnose eller ydelse af social- og sundhedsomsorg eller -behandling.</translation>
        </message>
        <message>
            <source>Art. 9(2)(i) public health</source>
            <translation>Art. 9, stk. 2, litra i – folkesundhed</translation>
        </message>
        <message>
            <source>Processing is necessary for reasons of public interest in the area of public health.</source>
            <translation>Behandling er nødvendig af hensyn til samfundsinteresser på folkesundhedsområdet.</translation>
        </message>
        <message>
            <source>Art. 9(2)(j) archiving, research, statistics</source>
            <translation>Art. 9, stk. 2, litra j – arkiv, forskning, statistik</translation>
        </message>
        <message>
            <source>Processing is necessary for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes in accordance with Article 89(1).</source>
            <translation>Behandling er nødvendig til arkivformål i samfundets interesse, til videnskabelige eller historiske forskningsformål eller til statistiske formål i overensstemmelse med artikel 89, stk. 1.</translation>
        </message>
        <message>
            <source>Art. 10 criminal offences</source>
            <translation>Art. 10 – strafbare forhold</translation>
        </message>
        <message>
            <source>Processing of personal data relating to criminal convictions and offences only under the control of official authority or when authorised by Union or Member State law. Art. 10 is not a ground by itself: in Denmark the authorisation is Data Protection Act § 8.</source>
            <translation>Behandling af personoplysninger vedrørende straffedomme og lovovertrædelser må kun foretages under kontrol af en offentlig myndighed, eller hvis behandlingen har hjemmel i EU-retten eller medlemsstaternes nationale ret. Art. 10 er ikke et grundlag i sig selv: i Danmark er hjemlen databeskyttelseslovens § 8.</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 7: processing of the special categories of Art. 9(1) may take place when one of the grounds of Art. 9(2) applies. It points back to Art. 9(2) and is not a ground by itself: choose the Art. 9(2) ground as well.</source>
            <translation>Databeskyttelsesloven § 7: behandling af de særlige kategorier i art. 9, stk. 1, kan ske, når et af grundlagene i art. 9, stk. 2, finder anvendelse. Bestemmelsen henviser til art. 9, stk. 2, og er ikke et grundlag i sig selv: vælg også grundlaget i art. 9, stk. 2.</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 8: public authorities may process data about criminal offences when it is necessary for their tasks (stk. 1); private organisations when the data subject has given explicit consent, or when it is necessary for a legitimate interest that clearly outweighs the interests of the data subject (stk. 3). Disclosure is restricted (stk. 2 and 4).</source>
            <translation>Databeskyttelsesloven § 8: offentlige myndigheder må behandle oplysninger om strafbare forhold, når det er nødvendigt for varetagelsen af myndighedens opgaver (stk. 1); private, når den registrerede har givet sit udtrykkelige samtykke, eller når det er nødvendigt til varetagelse af en berettiget interesse, der klart overstiger hensynet til den registrerede (stk. 3). Videregivelse er begrænset (stk. 2 og 4).</translation>
        </message>
        <message>
            <source>Data Protection Act § 11(1) public authority</source>
            <translation>Databeskyttelsesloven § 11, stk. 1 – offentlig myndighed</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 11, stk. 1: public authorities may process data about the personal identification number (CPR number) for the purpose of unique identification or as a file number.</source>
            <translation>Databeskyttelsesloven § 11, stk. 1: Offentlige myndigheder kan behandle oplysninger om personnummer med henblik på en entydig identifikation eller som journalnummer.</translation>
        </message>
        <message>
            <source>Data Protection Act § 11(2)(1) required by law</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 1 – følger af lovgivningen</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 11, stk. 2, nr. 1: private organisations may process data about the CPR number when it follows from legislation.</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 1: Private må behandle oplysninger om personnummer, når det følger af lovgivningen.</translation>
        </message>
        <message>
            <source>Data Protection Act § 11(2)(2) consent (Art. 7)</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 2 – samtykke (art. 7)</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 11, stk. 2, nr. 2: private organisations may process data about the CPR number when the data subject has consented to it in accordance with Art. 7 of the General Data Protection Regulation.</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 2: Private må behandle oplysninger om personnummer, når den registrerede har givet samtykke hertil i overensstemmelse med databeskyttelsesforordningens artikel 7.</translation>
        </message>
        <message>
            <source>Data Protection Act § 11(2)(3) research, statistics or disclosure</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 3 – forskning, statistik eller videregivelse</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 11, stk. 2, nr. 3: private organisations may process data about the CPR number when the processing takes place only for scientific or statistical purposes, or when it is a disclosure of the CPR number that is a natural part of the normal operation of businesses etc. of the kind in question, and the disclosure is of decisive importance for a unique identification of the data subject or is required by a public authority.</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 3: Private må behandle oplysninger om personnummer, når behandlingen alene finder sted til videnskabelige eller statistiske formål, eller hvis der er tale om videregivelse af oplysninger om personnummer, når videregivelsen er et naturligt led i den normale drift af virksomheder m.v. af den pågældende art, og når videregivelsen er af afgørende betydning for at sikre en entydig identifikation af den registrerede eller videregivelsen kræves af en offentlig myndighed.</translation>
        </message>
        <message>
            <source>Data Protection Act § 11(2)(4) conditions of § 7 met</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 4 – betingelserne i § 7 er opfyldt</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 11, stk. 2, nr. 4: private organisations may process data about the CPR number when the conditions in § 7 are met.</source>
            <translation>Databeskyttelsesloven § 11, stk. 2, nr. 4: Private må behandle oplysninger om personnummer, når betingelserne i § 7 er opfyldt.</translation>
        </message>
        <message>
            <source>Data Protection Act § 11 (no paragraph chosen)</source>
            <translation>Databeskyttelsesloven § 11 (intet stykke valgt)</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 11 without the paragraph it rests on. Choose the ground of § 11, stk. 1 or stk. 2, that applies.</source>
            <translation>Databeskyttelsesloven § 11 uden det stykke, behandlingen hviler på. Vælg det grundlag i § 11, stk. 1 eller stk. 2, der finder anvendelse.</translation>
        </message>
        <message>
            <source>This text is the program's own summary, not the wording of the law.</source>
            <translation>Teksten er programmets eget sammendrag, ikke lovens ordlyd.</translation>
        </message>
        <message>
            <source>Data Protection Act § 6</source>
            <translation>Databeskyttelsesloven § 6</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 6: processing under Art. 6(1) and consent of children to information society services.</source>
            <translation>Databeskyttelsesloven § 6: behandling efter art. 6, stk. 1, og børns samtykke til informationssamfundstjenester.</translation>
        </message>
        <message>
            <source>Data Protection Act § 7 (special categories, health)</source>
            <translation>Databeskyttelsesloven § 7 (følsomme oplysninger, helbred)</translation>
        </message>
        <message>
            <source>Data Protection Act § 8 (criminal offences)</source>
            <translation>Databeskyttelsesloven § 8 (strafbare forhold)</translation>
        </message>
        <message>
            <source>Data Protection Act § 12 (employment)</source>
            <translation>Databeskyttelsesloven § 12 (ansættelsesforhold)</translation>
        </message>
        <message>
            <source>Databeskyttelsesloven § 12: processing in the context of employment.</source>
            <translation>Databeskyttelsesloven § 12: behandling som led i ansættelsesforhold.</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Answer to a request for access</source>
            <translation>Svar på anmodning om indsigt</translation>
        </message>
        <message>
            <source>Notice of extension</source>
            <translation>Meddelelse om forlængelse</translation>
        </message>
        <message>
            <source>Request for identification</source>
            <translation>Anmodning om identifikation</translation>
        </message>
        <message>
            <source>Refusal</source>
            <translation>Afslag</translation>
        </message>
        <message>
            <source>Confirmation</source>
            <translation>Bekræftelse</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Dine rettigheder</translation>
        </message>
        <message>
            <source>You have the right of access, to rectification, to erasure, to restriction of processing, to object, and to data portability, within the limits of the General Data Protection Regulation. Where processing rests on your consent, you may withdraw it at any time.</source>
            <translation>Du har ret til indsigt, berigtigelse, sletning, begrænsning af behandling, indsigelse og dataportabilitet inden for databeskyttelsesforordningens rammer. Hvis en behandling bygger på dit samtykke, kan du til enhver tid trække det tilbage.</translation>
        </message>
        <message>
            <source>You can complain to Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk. We would be glad if you contacted us first.</source>
            <translation>Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk. Vi vil dog gerne, at du først henvender dig til os.</translation>
        </message>
        <message>
            <source>Request passed on to the controller</source>
            <translation>Anmodning videresendt til den dataansvarlige</translation>
        </message>
        <message>
            <source>Forwarding of a data subject's request</source>
            <translation>Videresendelse af en registreret persons anmodning</translation>
        </message>
        <message>
            <source>Enclosure: your data in our case handling</source>
            <translation>Bilag: dine oplysninger i vores sagsbehandling</translation>
        </message>
        <message>
            <source>Enclosure: your data (machine-readable)</source>
            <translation>Bilag: dine oplysninger (maskinlæsbar fil)</translation>
        </message>
        <message>
            <source>If you disagree</source>
            <translation>Hvis du er uenig</translation>
        </message>
        <message>
            <source>You can complain about our decision to Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk, and you can bring it before the courts (Art. 12(4), 77 and 79 of the General Data Protection Regulation).</source>
            <translation>Du kan klage over vores afgørelse til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk, og du kan indbringe den for domstolene (databeskyttelsesforordningens artikel 12, stk. 4, og artikel 77 og 79).</translation>
        </message>
        <message>
            <source>To the end of the financial year the relationship ended in + 1 year</source>
            <translation>Til udgangen af det regnskabsår, hvor forholdet ophørte, + 1 år</translation>
        </message>
        <message>
            <source>To the end of the financial year the relationship ended in + {n} years</source>
            <translation>Til udgangen af det regnskabsår, hvor forholdet ophørte, + {n} år</translation>
        </message>
        <message>
            <source>1 month after collection</source>
            <translation>1 måned efter indsamling</translation>
        </message>
        <message>
            <source>{n} months after collection</source>
            <translation>{n} måneder efter indsamling</translation>
        </message>
        <message>
            <source>Not fixed</source>
            <translation>Ikke fastsat</translation>
        </message>
        <message>
            <source>No automated decisions or profiling are used.</source>
            <translation>Der anvendes ikke automatiske afgørelser eller profilering.</translation>
        </message>
        <message>
            <source>Purposes</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Modtagere</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsler til tredjelande</translation>
        </message>
        <message>
            <source>How long the data is kept</source>
            <translation>Hvor længe oplysningerne opbevares</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Hvor oplysningerne kommer fra</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>Automatiske afgørelser</translation>
        </message>
        <message>
            <source>Your data in our handling of your requests (PDF and JSON)</source>
            <translation>Dine oplysninger i vores behandling af dine anmodninger (PDF og maskinlæsbar JSON-fil)</translation>
        </message>
        <message>
            <source>A copy of your data: {name}</source>
            <translation>Kopi af dine oplysninger: {name}</translation>
        </message>
        <message>
            <source>On {date} you asked for access to the personal data we process about you (Art. 15 of the General Data Protection Regulation). Below we describe each processing for which we are responsible, and we enclose a copy of the data.</source>
            <translation>Den {date} bad du om indsigt i de personoplysninger, vi behandler om dig (databeskyttelsesforordningens artikel 15). Nedenfor beskriver vi hver behandling, som vi er dataansvarlige for, og vi vedlægger en kopi af oplysningerne.</translation>
        </message>
        <message>
            <source>Where we process data about you on behalf of another controller, that controller answers you; we have told you so in a separate letter.</source>
            <translation>Hvor vi behandler oplysninger om dig på vegne af en anden dataansvarlig, er det den dataansvarlige, der svarer dig; det har vi skrevet til dig om i et særskilt brev.</translation>
        </message>
        <message>
            <source>Enclosures</source>
            <translation>Bilag</translation>
        </message>
        <message>
            <source>We need more time and extend the deadline by two months, as Art. 12(3) of the General Data Protection Regulation allows. You will have our answer at the latest on {deadline}. The reason is:</source>
            <translation>Vi har brug for mere tid og forlænger fristen med to måneder, som databeskyttelsesforordningens artikel 12, stk. 3, giver mulighed for. Du får vores svar senest den {deadline}. Begrundelsen er følgende:</translation>
        </message>
        <message>
            <source>Before we can answer, we must be sure that we give the data to the right person (Art. 12(6) of the General Data Protection Regulation). Please send us:</source>
            <translation>Før vi kan svare, skal vi være sikre på, at vi giver oplysningerne til den rette person (databeskyttelsesforordningens artikel 12, stk. 6). Vi beder dig derfor sende os følgende:</translation>
        </message>
        <message>
            <source>The deadline for our answer still runs from the day we received your request.</source>
            <translation>Fristen for vores svar regnes fortsat fra den dag, vi modtog din anmodning.</translation>
        </message>
        <message>
            <source>We cannot meet your request, on this ground:</source>
            <translation>Vi kan ikke imødekomme din anmodning. Begrundelsen er følgende:</translation>
        </message>
        <message>
            <source>We confirm that it has been carried out.</source>
            <translation>Vi bekræfter, at den er gennemført.</translation>
        </message>
        <message>
            <source>Your request concerns data we process on behalf of the controller named below, as its data processor. The controller decides how your data is processed and answers your request; we have passed your request on to it today and help it to answer (Art. 28(3)(e) of the General Data Protection Regulation).</source>
            <translation>Din anmodning gælder oplysninger, som vi behandler som databehandler på vegne af den dataansvarlige, der er nævnt nedenfor. Det er den dataansvarlige, der bestemmer, hvordan dine oplysninger behandles, og som besvarer din anmodning. Vi har i dag videresendt din anmodning og hjælper den dataansvarlige med svaret (databeskyttelsesforordningens artikel 28, stk. 3, litra e).</translation>
        </message>
        <message>
            <source>If your request also concerns processing for which we are responsible ourselves, we answer that part separately.</source>
            <translation>Hvis din anmodning også gælder behandlinger, som vi selv er dataansvarlige for, besvarer vi den del særskilt.</translation>
        </message>
        <message>
            <source>{city}, {date}</source>
            <translation>{city}, den {date}</translation>
        </message>
        <message>
            <source>Dear {name},</source>
            <translation>Kære {name}</translation>
        </message>
        <message>
            <source>from: {systems}</source>
            <translation>fra: {systems}</translation>
        </message>
        <message>
            <source>from the systems used for this processing (not yet named in the record of processing activities)</source>
            <translation>fra de systemer, der bruges til behandlingen (endnu ikke angivet i fortegnelsen over behandlingsaktiviteter)</translation>
        </message>
        <message>
            <source>On {date} we received your request for {types}.</source>
            <translation>Den {date} modtog vi din anmodning om {types}.</translation>
        </message>
        <message>
            <source>We do not process personal data about you.</source>
            <translation>Vi behandler ikke personoplysninger om dig.</translation>
        </message>
        <message>
            <source>Kind regards</source>
            <translation>Med venlig hilsen</translation>
        </message>
        <message>
            <source>We have received a request from a data subject about processing we carry out on your behalf as your data processor. You are the controller and answer the data subject; we assist you (Art. 28(3)(e) of the General Data Protection Regulation) and have told the data subject that the request was passed on to you.</source>
            <translation>Vi har modtaget en anmodning fra en registreret person om behandling, som vi udfører på jeres vegne som jeres databehandler. I er dataansvarlige og besvarer den registrerede; vi bistår jer (databeskyttelsesforordningens artikel 28, stk. 3, litra e) og har oplyst den registrerede om, at anmodningen er videresendt til jer.</translation>
        </message>
        <message>
            <source>Data subject</source>
            <translation>Den registrerede</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>The request is for</source>
            <translation>Anmodningen gælder</translation>
        </message>
        <message>
            <source>Received by us</source>
            <translation>Modtaget af os</translation>
        </message>
        <message>
            <source>Processing we do for you</source>
            <translation>Behandling, vi udfører for jer</translation>
        </message>
        <message>
            <source>What we hold for you</source>
            <translation>Oplysninger, vi behandler for jer</translation>
        </message>
        <message>
            <source>Our deadline for assisting you (data processing agreement)</source>
            <translation>Vores frist for at bistå jer (databehandleraftalen)</translation>
        </message>
        <message>
            <source>without undue delay</source>
            <translation>uden unødig forsinkelse</translation>
        </message>
        <message>
            <source>Your deadline for answering (Art. 12(3))</source>
            <translation>Jeres frist for at svare (art. 12, stk. 3)</translation>
        </message>
        <message>
            <source>{date} (one month from our receipt)</source>
            <translation>{date} (en måned fra vores modtagelse)</translation>
        </message>
        <message>
            <source>Please tell us what you need from us, and let us know when you have answered the data subject.</source>
            <translation>Giv os besked om, hvad I har brug for fra os, og om hvornår I har svaret den registrerede.</translation>
        </message>
        <message>
            <source>This enclosure holds everything our data protection case handling holds about you. The same data is enclosed as a machine-readable file (JSON).</source>
            <translation>Dette bilag indeholder alt, hvad vores sagsbehandling af databeskyttelsessager indeholder om dig. De samme oplysninger er vedlagt som en maskinlæsbar fil (JSON).</translation>
        </message>
    </context>
    <context>
        <name>LogReport</name>
        <message>
            <source>Log of changes</source>
            <translation>Log over ændringer</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
    </context>
    <context>
        <name>LogView</name>
        <message>
            <source>created</source>
            <translation>oprettet</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>ændret</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>slettet</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>åbnet</translation>
        </message>
        <message>
            <source>warning list made</source>
            <translation>varslingsliste dannet</translation>
        </message>
        <message>
            <source>erased by the storage rules</source>
            <translation>slettet efter opbevaringsreglerne</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>[erased]</source>
            <translation>[slettet]</translation>
        </message>
        <message>
            <source>[anonymised]</source>
            <translation>[anonymiseret]</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Bruger</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Række</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Ændringer</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>Search the log…</source>
            <translation>Søg i loggen…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Opdatér</translation>
        </message>
        <message>
            <source>to</source>
            <translation>til</translation>
        </message>
        <message>
            <source>All tables</source>
            <translation>Alle tabeller</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n post</numerusform>
                <numerusform>%n poster</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Overblik</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anmodninger</translation>
        </message>
        <message>
            <source>Health consents</source>
            <translation>Helbredssamtykker</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>Å&amp;bn database…</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Ny database…</translation>
        </message>
        <message>
            <source>New encr&amp;ypted database…</source>
            <translation>Ny &amp;krypteret database…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Gendan en sikkerhedskopi…</translation>
        </message>
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Skift adgangs&amp;frase…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Eksportér…</translation>
        </message>
        <message>
            <source>&amp;Import from a spreadsheet…</source>
            <translation>I&amp;mportér fra regneark…</translation>
        </message>
        <message>
            <source>The DPO's &amp;annual remarks…</source>
            <translation>Å&amp;rsrapportens bemærkninger…</translation>
        </message>
        <message>
            <source>Organisation &amp;settings…</source>
            <translation>Organisationens &amp;indstillinger…</translation>
        </message>
        <message>
            <source>Erase or anonymise what is &amp;due…</source>
            <translation>S&amp;let / anonymisér nu…</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprog</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;About DPO Desk</source>
            <translation>&amp;Om DPO Desk</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Encrypted database: %1</source>
            <translation>Krypteret database: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n breach(es) inside the 72 hours</source>
            <translation>
                <numerusform>%n brud inden for de 72 timer</numerusform>
                <numerusform>%n brud inden for de 72 timer</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the example organisation…</source>
            <translation>Indlæser eksempelorganisationen…</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Indstillingerne er gemt.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Åbn database</translation>
        </message>
        <message>
            <source>DPO Desk databases (*.sqlite *.db);;All files (*)</source>
            <translation>DPO Desk-databaser (*.sqlite *.db);;Alle filer (*)</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Ny database</translation>
        </message>
        <message>
            <source>DPO Desk databases (*.sqlite *.db)</source>
            <translation>DPO Desk-databaser (*.sqlite *.db)</translation>
        </message>
        <message>
            <source>A file of that name exists already. Use File → Open database to open it.</source>
            <translation>Der findes allerede en fil med det navn. Brug Filer → Åbn database for at åbne den.</translation>
        </message>
        <message>
            <source>The file could not be opened as a DPO Desk database.</source>
            <translation>Filen kunne ikke åbnes som en DPO Desk-database.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Gendan en sikkerhedskopi</translation>
        </message>
        <message>
            <source>A server database is restored with the server's own tools.</source>
            <translation>En serverdatabase gendannes med serverens egne værktøjer.</translation>
        </message>
        <message>
            <source>The backup is restored.</source>
            <translation>Sikkerhedskopien er gendannet.</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Gendanner sikkerhedskopien…</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Skift adgangsfrasen</translation>
        </message>
        <message>
            <source>The passphrase is changed: the database and %1 backups.</source>
            <translation>Adgangsfrasen er skiftet: databasen og %1 sikkerhedskopier.</translation>
        </message>
        <message>
            <source>Encrypting the database and its backups again…</source>
            <translation>Krypterer databasen og dens sikkerhedskopier igen…</translation>
        </message>
        <message>
            <source>About DPO Desk</source>
            <translation>Om DPO Desk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;DPO Desk %1&lt;/h3&gt;&lt;p&gt;The workbench of a data protection officer: the record of processing activities, processor agreements, data subject requests and health-data consents, in one local database.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;DPO Desk %1&lt;/h3&gt;&lt;p&gt;Databeskyttelsesrådgiverens arbejdsbord: fortegnelsen over behandlingsaktiviteter, databehandleraftaler, de registreredes anmodninger og samtykker til helbredsoplysninger, samlet i én lokal database.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Audit chain: %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;Revisionskæde: %1&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ManagementReport</name>
        <message>
            <source>Chart figures</source>
            <translation>Tal til diagrammer</translation>
        </message>
        <message>
            <source>Processing activities in use</source>
            <translation>Behandlingsaktiviteter i brug</translation>
        </message>
        <message>
            <source>… as controller</source>
            <translation>… som dataansvarlig</translation>
        </message>
        <message>
            <source>… as processor</source>
            <translation>… som databehandler</translation>
        </message>
        <message>
            <source>Processors we use</source>
            <translation>Databehandlere, vi bruger</translation>
        </message>
        <message>
            <source>Supervision overdue</source>
            <translation>Tilsyn overskredet</translation>
        </message>
        <message>
            <source>Supervision due within 3 months</source>
            <translation>Tilsyn forfalder inden for 3 måneder</translation>
        </message>
        <message>
            <source>Requests received this year</source>
            <translation>Anmodninger modtaget i året</translation>
        </message>
        <message>
            <source>Requests answered in time</source>
            <translation>Anmodninger besvaret rettidigt</translation>
        </message>
        <message>
            <source>Requests answered late</source>
            <translation>Anmodninger besvaret for sent</translation>
        </message>
        <message>
            <source>Requests open</source>
            <translation>Åbne anmodninger</translation>
        </message>
        <message>
            <source>Requests open past the deadline</source>
            <translation>Åbne anmodninger efter fristen</translation>
        </message>
        <message>
            <source>Health-data consents active</source>
            <translation>Gældende helbredssamtykker</translation>
        </message>
        <message>
            <source>Consents to be confirmed again</source>
            <translation>Samtykker, der skal bekræftes igen</translation>
        </message>
        <message>
            <source>Breaches this year</source>
            <translation>Brud i året</translation>
        </message>
        <message>
            <source>Breaches with no risk</source>
            <translation>Brud uden risiko</translation>
        </message>
        <message>
            <source>Breaches with risk</source>
            <translation>Brud med risiko</translation>
        </message>
        <message>
            <source>Breaches with high risk</source>
            <translation>Brud med høj risiko</translation>
        </message>
        <message>
            <source>Breaches not yet assessed</source>
            <translation>Brud, der endnu ikke er vurderet</translation>
        </message>
        <message>
            <source>Breaches notified within 72 hours</source>
            <translation>Brud anmeldt inden for 72 timer</translation>
        </message>
        <message>
            <source>Breaches notified late</source>
            <translation>Brud anmeldt for sent</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Requests per month by type</source>
            <translation>Anmodninger pr. måned efter type</translation>
        </message>
        <message>
            <source>Requests answered in time or late</source>
            <translation>Anmodninger besvaret rettidigt eller for sent</translation>
        </message>
        <message>
            <source>In time</source>
            <translation>Rettidigt</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>For sent</translation>
        </message>
        <message>
            <source>Breaches per quarter</source>
            <translation>Brud pr. kvartal</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Q{n}</source>
            <translation>{n}. kvt.</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Legal bases</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>Art. 9 / 10 / CPR</source>
            <translation>Art. 9 / 10 / CPR</translation>
        </message>
        <message>
            <source>Third countries</source>
            <translation>Tredjelande</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Aftalepart</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Aftale underskrevet</translation>
        </message>
        <message>
            <source>Next supervision</source>
            <translation>Næste tilsyn</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Åbne opfølgningspunkter</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Udgået</translation>
        </message>
        <message>
            <source>Supervision rounds</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anmodninger</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyningsselskab</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtykke givet</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tilstand</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Fraflyttet</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Aware</source>
            <translation>Konstateret</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Notified</source>
            <translation>Anmeldt</translation>
        </message>
        <message>
            <source>Within 72 hours</source>
            <translation>Inden for 72 timer</translation>
        </message>
        <message>
            <source>Data subjects</source>
            <translation>Registrerede</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Management overview {year}</source>
            <translation>Ledelsesoverblik {year}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Overblik</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>Nøgletal</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Right of access</source>
            <translation>Ret til at se oplysninger (indsigtsret)</translation>
        </message>
        <message>
            <source>You have the right to see the data we process about you, and a number of further details about the processing.</source>
            <translation>Du har ret til at få indsigt i de oplysninger, som vi behandler om dig, samt en række yderligere oplysninger om behandlingen.</translation>
        </message>
        <message>
            <source>Right to rectification</source>
            <translation>Ret til berigtigelse (rettelse)</translation>
        </message>
        <message>
            <source>You have the right to have inaccurate data about you corrected.</source>
            <translation>Du har ret til at få urigtige oplysninger om dig selv rettet.</translation>
        </message>
        <message>
            <source>Right to erasure</source>
            <translation>Ret til sletning</translation>
        </message>
        <message>
            <source>In particular cases you have the right to have data about you erased before our ordinary erasure takes place.</source>
            <translation>I særlige tilfælde har du ret til at få slettet oplysninger om dig, inden tidspunktet for vores almindelige sletning indtræffer.</translation>
        </message>
        <message>
            <source>Right to restriction of processing</source>
            <translation>Ret til begrænsning af behandling</translation>
        </message>
        <message>
            <source>In certain cases you have the right to have the processing of your data restricted.</source>
            <translation>Du har i visse tilfælde ret til at få behandlingen af dine personoplysninger begrænset.</translation>
        </message>
        <message>
            <source>Right to object</source>
            <translation>Ret til indsigelse</translation>
        </message>
        <message>
            <source>In certain cases you have the right to object to our otherwise lawful processing of your data, and always to processing for direct marketing.</source>
            <translation>Du har i visse tilfælde ret til at gøre indsigelse mod vores ellers lovlige behandling af dine personoplysninger og altid mod behandling til direkte markedsføring.</translation>
        </message>
        <message>
            <source>Right to data portability</source>
            <translation>Ret til at transmittere oplysninger (dataportabilitet)</translation>
        </message>
        <message>
            <source>In certain cases you have the right to receive your data in a structured, commonly used and machine-readable format and to have them transmitted to another controller.</source>
            <translation>Du har i visse tilfælde ret til at modtage dine personoplysninger i et struktureret, almindeligt anvendt og maskinlæsbart format og til at få dem overført til en anden dataansvarlig.</translation>
        </message>
        <message>
            <source>The current financial year + 1 year after the relationship ended.</source>
            <translation>Indeværende regnskabsår + 1 år efter aftaleforholdets ophør.</translation>
        </message>
        <message>
            <source>The current financial year + {n} years after the relationship ended.</source>
            <translation>Indeværende regnskabsår + {n} år efter aftaleforholdets ophør.</translation>
        </message>
        <message>
            <source>1 month after the data were collected.</source>
            <translation>1 måned efter indsamlingen.</translation>
        </message>
        <message>
            <source>{n} months after the data were collected.</source>
            <translation>{n} måneder efter indsamlingen.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>Whom the data are about</source>
            <translation>Hvem oplysningerne handler om</translation>
        </message>
        <message>
            <source>Where the data come from</source>
            <translation>Hvor oplysningerne kommer fra</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Modtagere</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>How long we keep the data</source>
            <translation>Hvor længe vi opbevarer oplysningerne</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>På vegne af</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>We do not transfer personal data to countries outside the EU/EEA or to international organisations.</source>
            <translation>Vi overfører ikke personoplysninger til lande uden for EU/EØS eller til internationale organisationer.</translation>
        </message>
        <message>
            <source>As a rule we do not transfer personal data outside the EU/EEA. The transfers we make, and the safeguards they rest on, are these:</source>
            <translation>Vi overfører som udgangspunkt ikke personoplysninger til lande uden for EU/EØS. De overførsler, vi foretager, og de garantier, de bygger på, er disse:</translation>
        </message>
        <message>
            <source>Transfers and their safeguards</source>
            <translation>Overførsler og deres garantier</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Modtager</translation>
        </message>
        <message>
            <source>Safeguard</source>
            <translation>Garanti</translation>
        </message>
        <message>
            <source>What is transferred, and the documentation</source>
            <translation>Hvad der overføres, og dokumentationen</translation>
        </message>
        <message>
            <source>Health data and your written consent</source>
            <translation>Helbredsoplysninger og skriftligt samtykke</translation>
        </message>
        <message>
            <source>We keep health data only with the person's written consent. Please tell us if we must take special care of a consumer: we will then ask you to obtain the consumer's written consent.</source>
            <translation>Vi opbevarer kun helbredsoplysninger med den registreredes skriftlige samtykke. Giv os besked, hvis vi skal tage særlige hensyn til en forbruger: så beder vi dig indhente forbrugerens skriftlige samtykke.</translation>
        </message>
        <message>
            <source>The consent reads:</source>
            <translation>Samtykket lyder:</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Websted</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Databeskyttelsesrådgiver</translation>
        </message>
        <message>
            <source>Data protection officer's e-mail</source>
            <translation>Databeskyttelsesrådgiverens e-mail</translation>
        </message>
        <message>
            <source>Who we are and how to contact us</source>
            <translation>Vi er den dataansvarlige – sådan kontakter du os</translation>
        </message>
        <message>
            <source>{name} is the controller of the personal data described here. This notice tells you how we process your data and what rights you have.</source>
            <translation>{name} er dataansvarlig for de personoplysninger, der er beskrevet her. Denne privatlivspolitik fortæller, hvordan vi behandler dine oplysninger, og hvilke rettigheder du har.</translation>
        </message>
        <message>
            <source>Purposes, legal bases and categories of data</source>
            <translation>Formål, retsgrundlag og kategorier af oplysninger</translation>
        </message>
        <message>
            <source>Processing on behalf of our customers</source>
            <translation>Behandling på vegne af vores kunder</translation>
        </message>
        <message>
            <source>For our customers we process personal data as their processor, on their instructions and under a data processing agreement:</source>
            <translation>For vores kunder behandler vi personoplysninger som databehandler efter deres instruks og i henhold til en databehandleraftale:</translation>
        </message>
        <message>
            <source>Recipients and processors</source>
            <translation>Modtagere og databehandlere</translation>
        </message>
        <message>
            <source>We disclose personal data to these recipients when the purpose requires it: {names}.</source>
            <translation>Vi videregiver personoplysninger til disse modtagere, når formålet kræver det: {names}.</translation>
        </message>
        <message>
            <source>We have made data processing agreements with these processors:</source>
            <translation>Vi har indgået databehandleraftaler med disse databehandlere:</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Ydelse</translation>
        </message>
        <message>
            <source>We do not disclose your personal data for third parties' marketing.</source>
            <translation>Vi videregiver ikke dine personoplysninger til tredjemands markedsføring.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Dine rettigheder</translation>
        </message>
        <message>
            <source>Under the General Data Protection Regulation you have a number of rights regarding our processing of data about you. Contact us to use them.</source>
            <translation>Du har efter databeskyttelsesforordningen en række rettigheder i forhold til vores behandling af oplysninger om dig. Kontakt os, hvis du vil gøre brug af dem.</translation>
        </message>
        <message>
            <source>Withdrawing your consent</source>
            <translation>Retten til at trække samtykke tilbage</translation>
        </message>
        <message>
            <source>Where our processing rests on your consent, you may withdraw it at any time by contacting us ({contact}). The withdrawal does not affect the lawfulness of the processing before it.</source>
            <translation>Hvor vores behandling bygger på dit samtykke, kan du til enhver tid trække samtykket tilbage ved at kontakte os ({contact}). Tilbagetrækningen påvirker ikke lovligheden af behandlingen før da.</translation>
        </message>
        <message>
            <source>Automated decisions</source>
            <translation>Automatiske afgørelser</translation>
        </message>
        <message>
            <source>We use automated decisions in: {names}.</source>
            <translation>Vi bruger automatiske afgørelser i: {names}.</translation>
        </message>
        <message>
            <source>We do not use automated decisions, including profiling.</source>
            <translation>Vi gør ikke brug af automatiske afgørelser, herunder profilering.</translation>
        </message>
        <message>
            <source>Complaint to Datatilsynet</source>
            <translation>Klage til Datatilsynet</translation>
        </message>
        <message>
            <source>If you are dissatisfied with how we process your personal data, please contact us first. You have the right to complain to Datatilsynet (the Danish Data Protection Agency), Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk.</source>
            <translation>Er du utilfreds med vores behandling af dine personoplysninger, så kontakt os først. Du har ret til at indgive en klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, www.datatilsynet.dk.</translation>
        </message>
        <message>
            <source>Missing in the register</source>
            <translation>Mangler i fortegnelsen</translation>
        </message>
        <message>
            <source>Not published: complete the register and write the notice again.</source>
            <translation>Offentliggøres ikke: udfyld fortegnelsen, og dan privatlivspolitikken igen.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Hvad der mangler</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsel til tredjelande</translation>
        </message>
        <message>
            <source>How long we keep your data</source>
            <translation>Opbevaring af dine personoplysninger</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Opbevaring</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>Behandling</translation>
        </message>
        <message>
            <source>Last updated {date}</source>
            <translation>Sidst opdateret {date}</translation>
        </message>
        <message>
            <source>Privacy notice</source>
            <translation>Privatlivspolitik</translation>
        </message>
        <message>
            <source>(organisation not set up)</source>
            <translation>(organisationen er ikke oprettet)</translation>
        </message>
        <message>
            <source>The activity has no purpose.</source>
            <translation>Aktiviteten har intet formål.</translation>
        </message>
        <message>
            <source>The activity has no legal basis.</source>
            <translation>Aktiviteten har intet retsgrundlag.</translation>
        </message>
        <message>
            <source>The activity has no retention rule and no text on how long data are kept.</source>
            <translation>Aktiviteten har hverken en sletteregel eller en tekst om, hvor længe oplysningerne opbevares.</translation>
        </message>
        <message>
            <source>A transfer to a third country has no safeguard (transfer tool).</source>
            <translation>En overførsel til et tredjeland mangler en garanti (overførselsgrundlag).</translation>
        </message>
        <message>
            <source>The organisation's name, address or e-mail is missing (File → Organisation).</source>
            <translation>Organisationens navn, adresse eller e-mail mangler (Filer → Organisationens indstillinger).</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabase</name>
        <message>
            <source>Damaged database</source>
            <translation>Beskadiget database</translation>
        </message>
        <message>
            <source>There is no good backup of it to restore.</source>
            <translation>Der findes ingen god sikkerhedskopi af den at gendanne.</translation>
        </message>
        <message>
            <source>The latest good backup is from %1. Restore it? The damaged file is kept in the backups folder.</source>
            <translation>Den seneste gode sikkerhedskopi er fra %1. Vil du gendanne den? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Gendan sikkerhedskopien</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Gendanner sikkerhedskopien…</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Åbn database</translation>
        </message>
        <message>
            <source>Daily backup</source>
            <translation>Daglig sikkerhedskopi</translation>
        </message>
        <message>
            <source>Today's backup of the database could not be made.</source>
            <translation>Dagens sikkerhedskopi af databasen kunne ikke laves.</translation>
        </message>
        <message>
            <source>The check of the database %1, made while the window opened, found it damaged (%2). It has been closed; nothing was written to it.</source>
            <translation>Kontrollen af databasen %1, der kørte, mens vinduet åbnede, fandt den beskadiget (%2). Den er lukket igen; intet er skrevet i den.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationReport</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postal code and city</source>
            <translation>Postnummer og by</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Hjemmeside</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Databeskyttelsesrådgiver (DPO)</translation>
        </message>
        <message>
            <source>DPO e-mail</source>
            <translation>DPO's e-mail</translation>
        </message>
        <message>
            <source>DPO phone</source>
            <translation>DPO's telefon</translation>
        </message>
        <message>
            <source>Last day of the financial year (dd-mm)</source>
            <translation>Regnskabsårets sidste dag (dd-mm)</translation>
        </message>
        <message>
            <source>Organisation and database contents</source>
            <translation>Organisation og databasens indhold</translation>
        </message>
        <message>
            <source>(organisation not set up)</source>
            <translation>(organisationen er ikke oprettet)</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>Organisationen</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>What the database holds</source>
            <translation>Hvad databasen indeholder</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Indhold</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>Indhold</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rækker</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>Overdue</source>
            <translation>Overskredet</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Denne uge</translation>
        </message>
        <message>
            <source>Within 30 days</source>
            <translation>Inden for 30 dage</translation>
        </message>
        <message>
            <source>Answer the request</source>
            <translation>Besvar anmodningen</translation>
        </message>
        <message>
            <source>Tell the requester of the extension before the first month ends</source>
            <translation>Giv besked om forlængelsen, før den første måned er gået</translation>
        </message>
        <message>
            <source>Check the requester's identity</source>
            <translation>Kontrollér anmoderens identitet</translation>
        </message>
        <message>
            <source>Notify Datatilsynet within 72 hours</source>
            <translation>Anmeld til Datatilsynet inden for 72 timer</translation>
        </message>
        <message>
            <source>Decide whether to tell the people affected (Art. 34)</source>
            <translation>Beslut, om de berørte skal underrettes (art. 34)</translation>
        </message>
        <message>
            <source>Supervise the processor</source>
            <translation>Før tilsyn med databehandleren</translation>
        </message>
        <message>
            <source>Follow up on the supervision</source>
            <translation>Følg op på tilsynet</translation>
        </message>
        <message>
            <source>Get a data processing agreement</source>
            <translation>Indgå en databehandleraftale</translation>
        </message>
        <message>
            <source>Renew the data processing agreement</source>
            <translation>Forny databehandleraftalen</translation>
        </message>
        <message>
            <source>Review the processing activity</source>
            <translation>Gennemgå behandlingsaktiviteten</translation>
        </message>
        <message>
            <source>Complete the record (a field Art. 30 requires is missing)</source>
            <translation>Udfyld fortegnelsen (der mangler en oplysning, som art. 30 kræver)</translation>
        </message>
        <message>
            <source>Have the consent confirmed again</source>
            <translation>Få samtykket bekræftet igen</translation>
        </message>
        <message>
            <source>The consumer has moved: check the consent</source>
            <translation>Forbrugeren er flyttet: kontrollér samtykket</translation>
        </message>
        <message>
            <source>Erase or anonymise what is due</source>
            <translation>Slet eller anonymisér det, der er forfaldent</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anmodninger</translation>
        </message>
        <message>
            <source>Health consents</source>
            <translation>Helbredssamtykker</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… og %1 mere</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Hvor</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message numerus="yes">
            <source>%n processing activities</source>
            <translation>
                <numerusform>%n behandlingsaktivitet</numerusform>
                <numerusform>%n behandlingsaktiviteter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n processors</source>
            <translation>
                <numerusform>%n databehandler</numerusform>
                <numerusform>%n databehandlere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open requests</source>
            <translation>
                <numerusform>%n åben anmodning</numerusform>
                <numerusform>%n åbne anmodninger</numerusform>
            </translation>
        </message>
        <message>
            <source>answered in time this year: %1 of %2</source>
            <translation>besvaret rettidigt i år: %1 af %2</translation>
        </message>
        <message numerus="yes">
            <source>%n active consents</source>
            <translation>
                <numerusform>%n aktivt samtykke</numerusform>
                <numerusform>%n aktive samtykker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n breaches this year</source>
            <translation>
                <numerusform>%n brud i år</numerusform>
                <numerusform>%n brud i år</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) overdue or due within 30 days; %1 of them overdue or due this week</source>
            <translation>
                <numerusform>%n opgave er forfalden eller har frist inden for 30 dage; %1 af dem er forfaldne eller har frist denne uge</numerusform>
                <numerusform>%n opgaver er forfaldne eller har frist inden for 30 dage; %1 af dem er forfaldne eller har frist denne uge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartyDialog</name>
        <message>
            <source>Agreements (*.pdf *.docx *.doc *.odt *.rtf)</source>
            <translation>Aftaler (*.pdf *.docx *.doc *.odt *.rtf)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-dokumenter (*.pdf)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle filer (*)</translation>
        </message>
        <message>
            <source>New agreement party</source>
            <translation>Ny aftalepart</translation>
        </message>
        <message>
            <source>Agreement party: %1</source>
            <translation>Aftalepart: %1</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>No longer used (retired)</source>
            <translation>Bruges ikke længere (udgået)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Retning</translation>
        </message>
        <message>
            <source>Country (ISO code)</source>
            <translation>Land (ISO-kode)</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>The CVR number; the VAT number (DK + CVR) is accepted.</source>
            <translation>CVR-nummeret; momsnummeret (DK + CVR) kan også bruges.</translation>
        </message>
        <message>
            <source>Foreign company number</source>
            <translation>Udenlandsk virksomhedsnummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Aftale</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Underskrevet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Attach signed agreement…</source>
            <translation>Vedhæft underskrevet aftale…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbn</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Ydelse</translation>
        </message>
        <message>
            <source>Data and data subjects it touches</source>
            <translation>Oplysninger og registrerede, den berører</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>End or renewal</source>
            <translation>Ophør eller fornyelse</translation>
        </message>
        <message>
            <source>Notice period</source>
            <translation>Opsigelsesvarsel</translation>
        </message>
        <message>
            <source>Signed document</source>
            <translation>Underskrevet dokument</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Sub-processors</source>
            <translation>Underdatabehandlere</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Generel</translation>
        </message>
        <message>
            <source>Specific</source>
            <translation>Specifik</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <source>Authorisation</source>
            <translation>Godkendelse</translation>
        </message>
        <message>
            <source>Add sub-processor</source>
            <translation>Tilføj underdatabehandler</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Third countries</source>
            <translation>Tredjelande</translation>
        </message>
        <message>
            <source>Transfer tool</source>
            <translation>Overførselsgrundlag</translation>
        </message>
        <message>
            <source>SCC module</source>
            <translation>SCC-modul</translation>
        </message>
        <message>
            <source>TIA date</source>
            <translation>TIA-dato</translation>
        </message>
        <message>
            <source>TIA outcome</source>
            <translation>TIA-resultat</translation>
        </message>
        <message>
            <source>Data transferred</source>
            <translation>Overførte oplysninger</translation>
        </message>
        <message>
            <source>Add transfer</source>
            <translation>Tilføj overførsel</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Overførsler</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Special categories (Art. 9) or criminal offences (Art. 10)</source>
            <translation>Særlige kategorier (art. 9) eller strafbare forhold (art. 10)</translation>
        </message>
        <message>
            <source>Processing of a special nature</source>
            <translation>Behandling af særlig karakter</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsler til tredjelande</translation>
        </message>
        <message>
            <source>Use the suggested risk level</source>
            <translation>Brug det foreslåede risikoniveau</translation>
        </message>
        <message>
            <source>Set by hand</source>
            <translation>Fastsat manuelt</translation>
        </message>
        <message>
            <source>Datatilsynet's point scale (guidance of October 2021):</source>
            <translation>Datatilsynets pointskala (vejledning fra oktober 2021):</translation>
        </message>
        <message>
            <source>Number of data subjects</source>
            <translation>Antal registrerede</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Forslag</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Risikoniveau</translation>
        </message>
        <message>
            <source>Next supervision</source>
            <translation>Næste tilsyn</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>%1 points: supervision concepts %2–%3 may be chosen; the lightest is concept %4, which suggests risk level “%5”.</source>
            <translation>%1 point: tilsynskoncept %2–%3 kan vælges; det letteste er koncept %4, som peger på risikoniveau “%5”.</translation>
        </message>
        <message>
            <source>We are the processor: the controller supervises us.</source>
            <translation>Vi er databehandler: den dataansvarlige fører tilsyn med os.</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>Forfalder %1</translation>
        </message>
        <message>
            <source>No supervision recorded yet.</source>
            <translation>Der er endnu ikke registreret tilsyn.</translation>
        </message>
        <message>
            <source>concept</source>
            <translation>koncept</translation>
        </message>
        <message>
            <source>No document attached.</source>
            <translation>Intet dokument vedhæftet.</translation>
        </message>
        <message>
            <source>Save the party first, then attach its signed agreement.</source>
            <translation>Gem først parten, og vedhæft derefter den underskrevne aftale.</translation>
        </message>
        <message>
            <source>Attached; unchanged since it was stored.</source>
            <translation>Vedhæftet; uændret siden den blev gemt.</translation>
        </message>
        <message>
            <source>Warning: the stored file has changed since it was attached.</source>
            <translation>Advarsel: den gemte fil er ændret, siden den blev vedhæftet.</translation>
        </message>
        <message>
            <source>Warning: the stored file is missing.</source>
            <translation>Advarsel: den gemte fil mangler.</translation>
        </message>
        <message>
            <source>Signed agreement</source>
            <translation>Underskrevet aftale</translation>
        </message>
        <message>
            <source>We process for this controller: the activities are those of the register that name it as controller.</source>
            <translation>Vi behandler for denne dataansvarlige: aktiviteterne er dem i fortegnelsen, der angiver den som dataansvarlig.</translation>
        </message>
        <message>
            <source>You have changed the party. Close without saving?</source>
            <translation>Du har ændret parten. Vil du lukke uden at gemme?</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypted database</source>
            <translation>Krypteret database</translation>
        </message>
        <message>
            <source>Choose a passphrase for the new encrypted database %1. Without it the data cannot be read by anyone: keep it somewhere safe, away from this computer.</source>
            <translation>Vælg en adgangsfrase til den nye krypterede database %1. Uden den kan ingen læse data: opbevar den et sikkert sted, væk fra denne computer.</translation>
        </message>
        <message>
            <source>The database %1 is encrypted. Type its passphrase.</source>
            <translation>Databasen %1 er krypteret. Skriv dens adgangsfrase.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangsfrase</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>Gentag den</translation>
        </message>
    </context>
    <context>
        <name>PointScale</name>
        <message>
            <source>[the program's own reading, not the guidance's wording]</source>
            <translation>[programmets egen læsning, ikke vejledningens ordlyd]</translation>
        </message>
        <message>
            <source>[the guidance]</source>
            <translation>[vejledningen]</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 point</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 point</translation>
        </message>
        <message>
            <source>Points for the number of data subjects:</source>
            <translation>Point for antallet af registrerede:</translation>
        </message>
        <message>
            <source>over %1: %2</source>
            <translation>over %1: %2</translation>
        </message>
        <message>
            <source>under %1: %2</source>
            <translation>under %1: %2</translation>
        </message>
        <message>
            <source>%1–%3: %2</source>
            <translation>%1–%3: %2</translation>
        </message>
        <message>
            <source>Yes gives %1.</source>
            <translation>Ja giver %1.</translation>
        </message>
        <message>
            <source>The sum of points allows these supervision concepts:</source>
            <translation>Summen af point giver mulighed for disse tilsynskoncepter:</translation>
        </message>
        <message>
            <source>%1–%2 points: concepts %3–%4</source>
            <translation>%1–%2 point: koncept %3–%4</translation>
        </message>
        <message>
            <source>The risk level (how often to supervise) each concept points to:</source>
            <translation>Det risikoniveau (hvor ofte der føres tilsyn), hvert koncept peger på:</translation>
        </message>
        <message>
            <source>concept %1: %2</source>
            <translation>koncept %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ProcessorReport</name>
        <message>
            <source>, module {n}</source>
            <translation>, modul {n}</translation>
        </message>
        <message>
            <source>data: {data}</source>
            <translation>oplysninger: {data}</translation>
        </message>
        <message>
            <source>TIA {date}: {outcome}</source>
            <translation>TIA {date}: {outcome}</translation>
        </message>
        <message>
            <source>concept %1</source>
            <translation>koncept %1</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Agreement missing</source>
            <translation>Aftale mangler</translation>
        </message>
        <message>
            <source>Follow-up: {action}</source>
            <translation>Opfølgning: {action}</translation>
        </message>
        <message>
            <source>Overdue on {date}</source>
            <translation>Overskredet pr. {date}</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Nothing is overdue.</source>
            <translation>Intet er overskredet.</translation>
        </message>
        <message>
            <source>This print holds the parties of a filtered view, not all of them.</source>
            <translation>Denne udskrift indeholder parterne i en filtreret visning, ikke dem alle.</translation>
        </message>
        <message>
            <source>due</source>
            <translation>frist</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Retning</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>CVR or company number</source>
            <translation>CVR- eller virksomhedsnummer</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>Ydelse</translation>
        </message>
        <message>
            <source>Data and data subjects</source>
            <translation>Oplysninger og registrerede</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Aftale underskrevet</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mangler</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>End or renewal</source>
            <translation>Ophør eller fornyelse</translation>
        </message>
        <message>
            <source>Notice period</source>
            <translation>Opsigelsesvarsel</translation>
        </message>
        <message>
            <source>Sub-processors</source>
            <translation>Underdatabehandlere</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsler til tredjelande</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>Risikoniveau</translation>
        </message>
        <message>
            <source>Last supervision</source>
            <translation>Seneste tilsyn</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Endnu intet</translation>
        </message>
        <message>
            <source>Next supervision</source>
            <translation>Næste tilsyn</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Åbne opfølgninger</translation>
        </message>
        <message>
            <source>Overview of processors</source>
            <translation>Oversigt over databehandlere</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Udgået</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <source>General authorisation</source>
            <translation>Generel godkendelse</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Overførsler</translation>
        </message>
        <message>
            <source>Transfer tool</source>
            <translation>Overførselsgrundlag</translation>
        </message>
        <message>
            <source>TIA date</source>
            <translation>TIA-dato</translation>
        </message>
        <message>
            <source>TIA outcome</source>
            <translation>TIA-resultat</translation>
        </message>
        <message>
            <source>Data transferred</source>
            <translation>Overførte oplysninger</translation>
        </message>
        <message>
            <source>Supervision rounds</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Supervision concept</source>
            <translation>Tilsynskoncept</translation>
        </message>
        <message>
            <source>Suggested concept</source>
            <translation>Foreslået koncept</translation>
        </message>
        <message>
            <source>Reason for the concept</source>
            <translation>Begrundelse for konceptet</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>From the round of</source>
            <translation>Fra tilsynet den</translation>
        </message>
        <message>
            <source>Annex: sub-processors</source>
            <translation>Bilag: underdatabehandlere</translation>
        </message>
        <message>
            <source>Annex to the data processing agreement between {controller} (controller) and {processor} (processor): the sub-processors the processor uses for the controller's data.</source>
            <translation>Bilag til databehandleraftalen mellem {controller} (dataansvarlig) og {processor} (databehandler): de underdatabehandlere, databehandleren anvender til den dataansvarliges oplysninger.</translation>
        </message>
        <message>
            <source>Sub-processor</source>
            <translation>Underdatabehandler</translation>
        </message>
        <message>
            <source>Within the EU/EEA</source>
            <translation>Inden for EU/EØS</translation>
        </message>
    </context>
    <context>
        <name>ProcessorTab</name>
        <message>
            <source>Party</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Retning</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Transfer tool</source>
            <translation>Overførselsgrundlag</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Aftale underskrevet</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mangler</translation>
        </message>
        <message>
            <source>Next supervision</source>
            <translation>Næste tilsyn</translation>
        </message>
        <message>
            <source>Open follow-ups</source>
            <translation>Åbne opfølgninger</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>Søg… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>Begge retninger</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>I brug</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Udgåede</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Third country</source>
            <translation>Tredjeland</translation>
        </message>
        <message>
            <source>Supervision overdue</source>
            <translation>Tilsyn overskredet</translation>
        </message>
        <message>
            <source>Agreement missing</source>
            <translation>Aftale mangler</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Redigér</translation>
        </message>
        <message>
            <source>New supervision…</source>
            <translation>Nyt tilsyn…</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Udgå</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slet</translation>
        </message>
        <message>
            <source>Sub-processor annex…</source>
            <translation>Bilag om underdatabehandlere…</translation>
        </message>
        <message>
            <source>PDF of our processors that touch this controller's data, for its agreement</source>
            <translation>PDF med de databehandlere, der berører denne dataansvarliges oplysninger – til aftalen</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <source>%1 of %2 parties</source>
            <translation>%1 af %2 parter</translation>
        </message>
        <message>
            <source>Delete party</source>
            <translation>Slet part</translation>
        </message>
        <message>
            <source>Delete “%1” and its supervision history? Retiring keeps the history.</source>
            <translation>Slet “%1” og dens tilsynshistorik? Lader du den udgå, bevares historikken.</translation>
        </message>
    </context>
    <context>
        <name>Processors</name>
        <message>
            <source>Our processor</source>
            <translation>Vores databehandler</translation>
        </message>
        <message>
            <source>We are processor</source>
            <translation>Vi er databehandler</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Lav</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Middel</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Høj</translation>
        </message>
        <message>
            <source>ISAE 3000 (GDPR) auditor's statement</source>
            <translation>ISAE 3000-erklæring (GDPR)</translation>
        </message>
        <message>
            <source>ISAE 3402 auditor's statement</source>
            <translation>ISAE 3402-erklæring</translation>
        </message>
        <message>
            <source>Written questionnaire</source>
            <translation>Skriftligt spørgeskema</translation>
        </message>
        <message>
            <source>On-site inspection</source>
            <translation>Fysisk tilsyn</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Selvevaluering</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>Saved.</source>
            <translation>Gemt.</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Forkast ændringer?</translation>
        </message>
    </context>
    <context>
        <name>RecordTab</name>
        <message>
            <source>The breach log holds every personal data breach, notified or not (Art. 33(5)), with the 72-hour clock.</source>
            <translation>Loggen over brud rummer alle brud på persondatasikkerheden, anmeldte som ikke-anmeldte (art. 33, stk. 5), med 72-timersfristen.</translation>
        </message>
        <message>
            <source>The consents register holds the consumers who need special care during an interruption, and their consent to it.</source>
            <translation>Samtykkeregistret rummer de forbrugere, der skal have særligt hensyn ved en afbrydelse, og deres samtykke til det.</translation>
        </message>
        <message>
            <source>The processors register holds the parties that process personal data for the organisation (and those it processes for): agreements, sub-processors, transfers and supervision.</source>
            <translation>Databehandlerregistret rummer dem, der behandler personoplysninger for organisationen (og dem, organisationen behandler for): aftaler, underdatabehandlere, overførsler og tilsyn.</translation>
        </message>
        <message>
            <source>This database is open for reading only: nothing can be changed.</source>
            <translation>Databasen er åbnet kun til læsning: intet kan ændres.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Læser…</translation>
        </message>
        <message>
            <source>To look around first, create a new database (File → New database…) and choose the example organisation.</source>
            <translation>Vil du se dig omkring først, så opret en ny database (Filer → Ny database…) og vælg eksempelorganisationen.</translation>
        </message>
        <message>
            <source>New… (Ctrl+N)</source>
            <translation>Ny… (Ctrl+N)</translation>
        </message>
        <message>
            <source>The record of processing activities lists what the organisation does with personal data, as Art. 30 requires: purposes, legal basis, data, recipients, transfers and time limits.</source>
            <translation>Fortegnelsen over behandlingsaktiviteter viser, hvad organisationen gør med personoplysninger, som art. 30 kræver: formål, behandlingsgrundlag, oplysninger, modtagere, overførsler og slettefrister.</translation>
        </message>
        <message>
            <source>The requests log holds the requests of data subjects (access, rectification, erasure …), with their deadlines, decisions and letters.</source>
            <translation>Loggen over anmodninger rummer de registreredes anmodninger (indsigt, berigtigelse, sletning …) med frister, afgørelser og breve.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Overdue</source>
            <translation>Overskredet</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Forfalder snart</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Udgået</translation>
        </message>
        <message>
            <source>To be assessed</source>
            <translation>Skal vurderes</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Adequacy decision (Art. 45)</source>
            <translation>Tilstrækkelighedsafgørelse (art. 45)</translation>
        </message>
        <message>
            <source>EU–US Data Privacy Framework</source>
            <translation>EU–US Data Privacy Framework</translation>
        </message>
        <message>
            <source>Standard contractual clauses 2021/914</source>
            <translation>Standardkontraktbestemmelser 2021/914</translation>
        </message>
        <message>
            <source>Binding corporate rules (Art. 47)</source>
            <translation>Bindende virksomhedsregler (art. 47)</translation>
        </message>
        <message>
            <source>Derogation (Art. 49)</source>
            <translation>Undtagelse (art. 49)</translation>
        </message>
        <message>
            <source>Art. 9</source>
            <translation>art. 9</translation>
        </message>
        <message>
            <source>Art. 10</source>
            <translation>art. 10</translation>
        </message>
        <message>
            <source>DPA § 11</source>
            <translation>dbl. § 11</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>Almindelig</translation>
        </message>
        <message>
            <source>Special category (Art. 9)</source>
            <translation>Særlig kategori (art. 9)</translation>
        </message>
        <message>
            <source>CPR number</source>
            <translation>CPR-nummer</translation>
        </message>
        <message>
            <source>Criminal offences (Art. 10)</source>
            <translation>Strafbare forhold (art. 10)</translation>
        </message>
        <message>
            <source>purposes</source>
            <translation>formål</translation>
        </message>
        <message>
            <source>categories of data subjects</source>
            <translation>kategorier af registrerede</translation>
        </message>
        <message>
            <source>categories of personal data</source>
            <translation>kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>time limit for erasure</source>
            <translation>tidsfrist for sletning</translation>
        </message>
        <message>
            <source>security measures</source>
            <translation>sikkerhedsforanstaltninger</translation>
        </message>
        <message>
            <source>controllers and their contact details</source>
            <translation>dataansvarlige og deres kontaktoplysninger</translation>
        </message>
        <message>
            <source>categories of processing for each controller</source>
            <translation>kategorier af behandling for hver dataansvarlig</translation>
        </message>
    </context>
    <context>
        <name>RegisterReport</name>
        <message>
            <source>, module {n}</source>
            <translation>, modul {n}</translation>
        </message>
        <message>
            <source>No transfers to third countries.</source>
            <translation>Ingen overførsler til tredjelande.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Ikke fastsat</translation>
        </message>
        <message>
            <source>Processors: </source>
            <translation>Databehandlere: </translation>
        </message>
        <message>
            <source>Other recipients: </source>
            <translation>Andre modtagere: </translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ingen</translation>
        </message>
        <message>
            <source>No automated decisions or profiling.</source>
            <translation>Ingen automatiske afgørelser eller profilering.</translation>
        </message>
        <message>
            <source>Yes: </source>
            <translation>Ja: </translation>
        </message>
        <message>
            <source>, carried out {date}</source>
            <translation>, gennemført {date}</translation>
        </message>
        <message>
            <source>Controllers on whose behalf we process</source>
            <translation>Dataansvarlige, som vi behandler på vegne af</translation>
        </message>
        <message>
            <source>Categories of processing</source>
            <translation>Kategorier af behandling</translation>
        </message>
        <message>
            <source>Joint controller</source>
            <translation>Fælles dataansvarlig</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Repræsentant</translation>
        </message>
        <message>
            <source>Purposes of the processing</source>
            <translation>Formål med behandlingen</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>How consent is recorded</source>
            <translation>Sådan registreres samtykket</translation>
        </message>
        <message>
            <source>Categories of data subjects</source>
            <translation>Kategorier af registrerede</translation>
        </message>
        <message>
            <source>Categories of personal data</source>
            <translation>Kategorier af personoplysninger</translation>
        </message>
        <message>
            <source>Personal data by data subject</source>
            <translation>Oplysninger pr. kategori af registrerede</translation>
        </message>
        <message>
            <source>Source of the data</source>
            <translation>Oplysningernes kilde</translation>
        </message>
        <message>
            <source>Categories of recipients</source>
            <translation>Kategorier af modtagere</translation>
        </message>
        <message>
            <source>Transfers to third countries</source>
            <translation>Overførsler til tredjelande</translation>
        </message>
        <message>
            <source>Time limits for erasure</source>
            <translation>Tidsfrister for sletning</translation>
        </message>
        <message>
            <source>Technical and organisational security measures</source>
            <translation>Tekniske og organisatoriske sikkerhedsforanstaltninger</translation>
        </message>
        <message>
            <source>Automated decisions and profiling</source>
            <translation>Automatiske afgørelser og profilering</translation>
        </message>
        <message>
            <source>Data protection impact assessment</source>
            <translation>Konsekvensanalyse</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Senest gennemgået</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Missing for Art. 30</source>
            <translation>Mangler efter art. 30</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Special categories (Art. 9)</source>
            <translation>Særlige kategorier (art. 9)</translation>
        </message>
        <message>
            <source>Criminal offences (Art. 10)</source>
            <translation>Strafbare forhold (art. 10)</translation>
        </message>
        <message>
            <source>CPR numbers (DPA § 11)</source>
            <translation>CPR-numre (dbl. § 11)</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Other recipients</source>
            <translation>Andre modtagere</translation>
        </message>
        <message>
            <source>Record of processing activities</source>
            <translation>Fortegnelse over behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Dataansvarlig</translation>
        </message>
        <message>
            <source>Controllers' CVR numbers</source>
            <translation>De dataansvarliges CVR-numre</translation>
        </message>
        <message>
            <source>Controllers' contact details</source>
            <translation>De dataansvarliges kontaktoplysninger</translation>
        </message>
        <message>
            <source>Processor</source>
            <translation>Databehandler</translation>
        </message>
        <message>
            <source>Organisation and data protection officer</source>
            <translation>Organisation og databeskyttelsesrådgiver</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Databeskyttelsesrådgiver (DPO)</translation>
        </message>
        <message>
            <source>Activities in this record</source>
            <translation>Aktiviteter i denne fortegnelse</translation>
        </message>
        <message>
            <source>This print holds the activities of a filtered view, not the whole record.</source>
            <translation>Denne udskrift indeholder aktiviteterne i en filtreret visning, ikke hele fortegnelsen.</translation>
        </message>
        <message>
            <source>Processing as controller (Art. 30(1) GDPR)</source>
            <translation>Behandling som dataansvarlig (art. 30, stk. 1)</translation>
        </message>
        <message>
            <source>Processing as processor (Art. 30(2) GDPR)</source>
            <translation>Behandling som databehandler (art. 30, stk. 2)</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Ingen.</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktiviteter</translation>
        </message>
        <message>
            <source>As controller</source>
            <translation>Som dataansvarlig</translation>
        </message>
        <message>
            <source>As processor</source>
            <translation>Som databehandler</translation>
        </message>
        <message>
            <source>Third-country transfers</source>
            <translation>Overførsler til tredjelande</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivitet</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Modtager</translation>
        </message>
        <message>
            <source>Safeguard</source>
            <translation>Overførselsgrundlag</translation>
        </message>
        <message>
            <source>SCC module</source>
            <translation>SCC-modul</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>Dokumentation</translation>
        </message>
        <message>
            <source>Deletion calendar</source>
            <translation>Slettekalender</translation>
        </message>
        <message>
            <source>Due for erasure</source>
            <translation>Skal være slettet</translation>
        </message>
        <message>
            <source>Covers data from</source>
            <translation>Omfatter oplysninger fra</translation>
        </message>
        <message>
            <source>Covers data until</source>
            <translation>Omfatter oplysninger til og med</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Retsgrundlag</translation>
        </message>
        <message>
            <source>Third country</source>
            <translation>Tredjeland</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Næste gennemgang</translation>
        </message>
        <message>
            <source>The review is overdue</source>
            <translation>Gennemgangen er overskredet</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Alle roller</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statusser</translation>
        </message>
        <message>
            <source>Not retired</source>
            <translation>Ikke udgåede</translation>
        </message>
        <message>
            <source>All legal bases</source>
            <translation>Alle retsgrundlag</translation>
        </message>
        <message>
            <source>Art. 9 / 10 / CPR</source>
            <translation>Art. 9 / 10 / CPR</translation>
        </message>
        <message>
            <source>Missing for Art. 30</source>
            <translation>Mangler efter art. 30</translation>
        </message>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>Søg… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Art. 9 data</source>
            <translation>Art. 9-oplysninger</translation>
        </message>
        <message>
            <source>Special categories of personal data (Art. 9)</source>
            <translation>Særlige kategorier af personoplysninger (art. 9)</translation>
        </message>
        <message>
            <source>Art. 10 data</source>
            <translation>Art. 10-oplysninger</translation>
        </message>
        <message>
            <source>Data about criminal offences (Art. 10)</source>
            <translation>Oplysninger om strafbare forhold (art. 10)</translation>
        </message>
        <message>
            <source>CPR numbers</source>
            <translation>CPR-numre</translation>
        </message>
        <message>
            <source>CPR numbers (Data Protection Act § 11)</source>
            <translation>CPR-numre (databeskyttelseslovens § 11)</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Overførsler</translation>
        </message>
        <message>
            <source>Review overdue</source>
            <translation>Gennemgang overskredet</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Mangler oplysninger</translation>
        </message>
        <message>
            <source>Activities that lack a field the record must hold (Art. 30)</source>
            <translation>Aktiviteter, der mangler et felt, som fortegnelsen skal indeholde (art. 30)</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Redigér</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplikér</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Udgå</translation>
        </message>
        <message>
            <source>Deletion calendar…</source>
            <translation>Slettekalender…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <source>Excel or PDF of the activities shown, or of all</source>
            <translation>Excel eller PDF med de viste aktiviteter eller dem alle</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>%1 of %2 activities</source>
            <translation>%1 af %2 aktiviteter</translation>
        </message>
        <message>
            <source>(copy)</source>
            <translation>(kopi)</translation>
        </message>
        <message>
            <source>Retire activity</source>
            <translation>Udgå aktivitet</translation>
        </message>
        <message>
            <source>Retire “%1”? It stays in the record, marked as retired.</source>
            <translation>Skal “%1” udgå? Den bliver i fortegnelsen, markeret som udgået.</translation>
        </message>
    </context>
    <context>
        <name>RemarksDialog</name>
        <message>
            <source>The DPO's remarks for the annual report</source>
            <translation>Databeskyttelsesrådgiverens bemærkninger til årsrapporten</translation>
        </message>
        <message>
            <source>What the management should know about the year, in your own words.</source>
            <translation>Det, ledelsen bør vide om året, med dine egne ord.</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Save the remarks for %1 first?</source>
            <translation>Gem bemærkningerne for %1 først?</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Side {page} af {total}</translation>
        </message>
        <message>
            <source>Printed {date}</source>
            <translation>Udskrevet {date}</translation>
        </message>
        <message>
            <source>Audit chain {anchor}</source>
            <translation>Revisionskæde {anchor}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Left out of this print for want of room (the workbook has them): </source>
            <translation>Udeladt af denne udskrift af pladshensyn (regnearket har dem): </translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Indhold</translation>
        </message>
        <message>
            <source>Generated {moment}</source>
            <translation>Dannet {moment}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Felt</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Værdi</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>New request</source>
            <translation>Ny anmodning</translation>
        </message>
        <message>
            <source>Request from %1</source>
            <translation>Anmodning fra %1</translation>
        </message>
        <message>
            <source>Identity must be checked (the deadline still runs)</source>
            <translation>Identiteten skal kontrolleres (fristen løber stadig)</translation>
        </message>
        <message>
            <source>A note for the DPO; never printed in a letter</source>
            <translation>En note til DPO'en; kommer aldrig med i et brev</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Kontrolleret</translation>
        </message>
        <message>
            <source>Extended by two months (Art. 12(3))</source>
            <translation>Forlænget med to måneder (art. 12, stk. 3)</translation>
        </message>
        <message>
            <source>Requester told</source>
            <translation>Anmoder underrettet</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>The requester</source>
            <translation>Anmoderen</translation>
        </message>
        <message>
            <source>What is asked, about which activities</source>
            <translation>Hvad der anmodes om, og hvilke aktiviteter det gælder</translation>
        </message>
        <message>
            <source>Dates, deadline and status</source>
            <translation>Datoer, frist og status</translation>
        </message>
        <message>
            <source>Decision and letters</source>
            <translation>Afgørelse og breve</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Anmoder</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Utility (for heat consumers)</source>
            <translation>Forsyning (for varmeforbrugere)</translation>
        </message>
        <message>
            <source>The request is for</source>
            <translation>Anmodningen gælder</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Ask the requester to send</source>
            <translation>Bed anmoderen sende</translation>
        </message>
        <message>
            <source>How identity was checked</source>
            <translation>Sådan blev identiteten kontrolleret</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identitet</translation>
        </message>
        <message>
            <source>Activities concerned</source>
            <translation>Berørte aktiviteter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decision and reason</source>
            <translation>Afgørelse og begrundelse</translation>
        </message>
        <message>
            <source>Ground of refusal</source>
            <translation>Grund til afslag</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Begrundelse for forlængelsen</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Forlængelse</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Passed on to</source>
            <translation>Videresendt til</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>%1 (passed on %2)</source>
            <translation>%1 (videresendt %2)</translation>
        </message>
        <message>
            <source>Not passed on to another controller</source>
            <translation>Ikke videresendt til en anden dataansvarlig</translation>
        </message>
        <message>
            <source>%1 (one month)</source>
            <translation>%1 (én måned)</translation>
        </message>
        <message>
            <source>%1 (one month; too late to extend)</source>
            <translation>%1 (en måned; for sent at forlænge)</translation>
        </message>
        <message>
            <source>%1 (extended; the first month ended %2)</source>
            <translation>%1 (forlænget; den første måned udløb %2)</translation>
        </message>
        <message>
            <source>You have changed the request. Close without saving?</source>
            <translation>Du har ændret anmodningen. Vil du lukke uden at gemme?</translation>
        </message>
    </context>
    <context>
        <name>RequestReport</name>
        <message>
            <source>{controller}: passed on {forwarded}, answered {answered}</source>
            <translation>{controller}: videresendt {forwarded}, besvaret {answered}</translation>
        </message>
        <message>
            <source>{controller}: passed on {forwarded}, not answered yet</source>
            <translation>{controller}: videresendt {forwarded}, endnu ikke besvaret</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Anmoder</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Extended</source>
            <translation>Forlænget</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>Days used</source>
            <translation>Dage brugt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>In time</source>
            <translation>Rettidigt</translation>
        </message>
        <message>
            <source>Passed on to the controller</source>
            <translation>Videresendt til den dataansvarlige</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Sammenfatning</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anmodninger</translation>
        </message>
        <message>
            <source>Answered or refused</source>
            <translation>Besvaret eller afslået</translation>
        </message>
        <message>
            <source>Answered in time</source>
            <translation>Besvaret rettidigt</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>{n} af {total}</translation>
        </message>
        <message>
            <source>Open and overdue</source>
            <translation>Åbne og overskredne</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Udvalg</translation>
        </message>
        <message>
            <source>a filtered view</source>
            <translation>en filtreret visning</translation>
        </message>
        <message>
            <source>all requests</source>
            <translation>alle anmodninger</translation>
        </message>
        <message>
            <source>Ground for refusal</source>
            <translation>Afslagsgrund</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>Begrundelse for forlængelsen</translation>
        </message>
        <message>
            <source>Requester told of the extension</source>
            <translation>Anmoder underrettet om forlængelsen</translation>
        </message>
        <message>
            <source>Per month and type</source>
            <translation>Pr. måned og type</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overskredne</translation>
        </message>
        <message>
            <source>Log of data subjects' requests</source>
            <translation>Log over de registreredes anmodninger</translation>
        </message>
    </context>
    <context>
        <name>RequestTab</name>
        <message>
            <source>Requester</source>
            <translation>Anmoder</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Extended to three months</source>
            <translation>Fristen er forlænget til tre måneder</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dage tilbage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Search… (Ctrl+F)</source>
            <translation>Søg… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbne</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttede</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle typer</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overskredne</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Ny</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Redigér</translation>
        </message>
        <message>
            <source>Write letter</source>
            <translation>Skriv brev</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>Breve</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Eksportér…</translation>
        </message>
        <message>
            <source>%1 of %2 requests</source>
            <translation>%1 af %2 anmodninger</translation>
        </message>
        <message>
            <source>No letter fits the request now</source>
            <translation>Intet brev passer til anmodningen nu</translation>
        </message>
        <message>
            <source>Writing the letter…</source>
            <translation>Skriver brevet…</translation>
        </message>
        <message>
            <source>No letters yet</source>
            <translation>Ingen breve endnu</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Vedhæft en fil…</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Vedhæft en fil</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Access (Art. 15)</source>
            <translation>Indsigt (art. 15)</translation>
        </message>
        <message>
            <source>Rectification (Art. 16)</source>
            <translation>Berigtigelse (art. 16)</translation>
        </message>
        <message>
            <source>Erasure (Art. 17)</source>
            <translation>Sletning (art. 17)</translation>
        </message>
        <message>
            <source>Restriction (Art. 18)</source>
            <translation>Begrænsning (art. 18)</translation>
        </message>
        <message>
            <source>Portability (Art. 20)</source>
            <translation>Dataportabilitet (art. 20)</translation>
        </message>
        <message>
            <source>Objection (Art. 21)</source>
            <translation>Indsigelse (art. 21)</translation>
        </message>
        <message>
            <source>Withdrawal of consent (Art. 7(3))</source>
            <translation>Tilbagetrækning af samtykke (art. 7, stk. 3)</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Modtaget</translation>
        </message>
        <message>
            <source>Identity check</source>
            <translation>Identitetskontrol</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Under behandling</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Besvaret</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Afslået</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brev</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Personligt</translation>
        </message>
        <message>
            <source>Manifestly unfounded or excessive (Art. 12(5))</source>
            <translation>Åbenbart grundløs eller overdreven (art. 12, stk. 5)</translation>
        </message>
        <message>
            <source>Erasure is not required (Art. 17(3))</source>
            <translation>Sletning kræves ikke (art. 17, stk. 3)</translation>
        </message>
        <message>
            <source>It would harm the rights of others (Art. 15(4))</source>
            <translation>Det ville krænke andres rettigheder (art. 15, stk. 4)</translation>
        </message>
        <message>
            <source>The identity could not be established (Art. 12(6))</source>
            <translation>Identiteten kunne ikke fastslås (art. 12, stk. 6)</translation>
        </message>
        <message>
            <source>No data about the requester is held</source>
            <translation>Der behandles ingen oplysninger om anmoderen</translation>
        </message>
        <message>
            <source>Customer's employee</source>
            <translation>Kundes medarbejder</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverandør</translation>
        </message>
        <message>
            <source>Heat consumer</source>
            <translation>Varmeforbruger</translation>
        </message>
        <message>
            <source>Newsletter subscriber</source>
            <translation>Nyhedsbrevsabonnent</translation>
        </message>
        <message>
            <source>Former employee</source>
            <translation>Tidligere medarbejder</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>a copy of your latest heat bill or another letter from us with your address</source>
            <translation>en kopi af din seneste varmeregning eller et andet brev fra os med din adresse</translation>
        </message>
        <message>
            <source>a reply from the e-mail address you have given us before</source>
            <translation>et svar fra den e-mailadresse, du tidligere har oplyst os</translation>
        </message>
        <message>
            <source>your customer or meter number and your address</source>
            <translation>dit kunde- eller målernummer og din adresse</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>at start</source>
            <translation>ved start</translation>
        </message>
        <message>
            <source>before restoring</source>
            <translation>før gendannelse</translation>
        </message>
        <message>
            <source>before updating the database</source>
            <translation>før opdatering af databasen</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Lavet</translation>
        </message>
        <message>
            <source>Occasion</source>
            <translation>Anledning</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Størrelse</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Gendan en sikkerhedskopi</translation>
        </message>
        <message>
            <source>The database is replaced by the backup you choose. The current database is backed up first, so nothing is lost.</source>
            <translation>Databasen erstattes af den sikkerhedskopi, du vælger. Den nuværende database sikres først, så intet går tabt.</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Gendan…</translation>
        </message>
        <message>
            <source>Replace the database with the backup of %1?</source>
            <translation>Erstat databasen med sikkerhedskopien fra %1?</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>No structured rule</source>
            <translation>Ingen struktureret regel</translation>
        </message>
        <message>
            <source>End of the financial year the relationship ended in + N years</source>
            <translation>Udgangen af regnskabsåret, hvor forholdet ophørte, + N år</translation>
        </message>
        <message>
            <source>N months after collection</source>
            <translation>N måneder efter indsamling</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Supervision of %1</source>
            <translation>Tilsyn med %1</translation>
        </message>
        <message>
            <source>Concept %1</source>
            <translation>Koncept %1</translation>
        </message>
        <message>
            <source>The point scale gives %1 points and suggests concept %2.</source>
            <translation>Pointskalaen giver %1 point og foreslår koncept %2.</translation>
        </message>
        <message>
            <source>Why another concept than the suggested one</source>
            <translation>Hvorfor et andet koncept end det foreslåede</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Add follow-up</source>
            <translation>Tilføj opfølgning</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Fjern</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Metode</translation>
        </message>
        <message>
            <source>Point scale</source>
            <translation>Pointskala</translation>
        </message>
        <message>
            <source>Supervision concept</source>
            <translation>Tilsynskoncept</translation>
        </message>
        <message>
            <source>Reason for the concept</source>
            <translation>Begrundelse for konceptet</translation>
        </message>
        <message>
            <source>Next supervision</source>
            <translation>Næste tilsyn</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Opfølgninger</translation>
        </message>
        <message>
            <source>Due %1 (set by hand on the party)</source>
            <translation>Frist %1 (sat manuelt på aftaleparten)</translation>
        </message>
        <message>
            <source>Due %1 (risk level “%2”)</source>
            <translation>Frist %1 (risikoniveau “%2”)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Organisation settings</source>
            <translation>Organisationens indstillinger</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>CVR number</source>
            <translation>CVR-nummer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postnummer</translation>
        </message>
        <message>
            <source>City</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Hjemmeside</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Kontaktperson</translation>
        </message>
        <message>
            <source>Data protection officer</source>
            <translation>Databeskyttelsesrådgiver (DPO)</translation>
        </message>
        <message>
            <source>Financial year</source>
            <translation>Regnskabsår</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Sidste dag</translation>
        </message>
        <message>
            <source>Backups and reviews</source>
            <translation>Sikkerhedskopier og gennemgang</translation>
        </message>
        <message>
            <source>A backup is made at start (once a day), before every migration and before a restore.</source>
            <translation>Der tages en sikkerhedskopi ved start (én gang i døgnet), før hver opdatering af databasen og før en gendannelse.</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Sikkerhedskopier, der gemmes</translation>
        </message>
        <message>
            <source> months</source>
            <translation> måneder</translation>
        </message>
        <message>
            <source>Re-confirm health consents after</source>
            <translation>Helbredssamtykker bekræftes igen efter</translation>
        </message>
        <message>
            <source> years</source>
            <translation> år</translation>
        </message>
        <message>
            <source>After a withdrawal the signed consent form is kept to the end of the financial year of the withdrawal plus this many years, then erased.</source>
            <translation>Efter en tilbagetrækning gemmes den underskrevne samtykkeblanket til udgangen af det regnskabsår, hvor samtykket blev trukket tilbage, plus dette antal år, og slettes derefter.</translation>
        </message>
        <message>
            <source>Keep signed consent forms after withdrawal</source>
            <translation>Gem underskrevne samtykkeblanketter efter tilbagetrækning</translation>
        </message>
        <message>
            <source>Supervise processors at risk “%1” every</source>
            <translation>Tilsyn med databehandlere med risiko “%1” hver</translation>
        </message>
        <message>
            <source>What the program keeps about people</source>
            <translation>Hvad programmet gemmer om personer</translation>
        </message>
        <message>
            <source>Closed subject requests</source>
            <translation>Afsluttede anmodninger fra registrerede</translation>
        </message>
        <message>
            <source>Closed breaches</source>
            <translation>Afsluttede brud</translation>
        </message>
        <message>
            <source>Withdrawn consents</source>
            <translation>Tilbagekaldte samtykker</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>Forkast ændringer?</translation>
        </message>
        <message>
            <source>You have changed the settings. Close without saving?</source>
            <translation>Du har ændret indstillingerne. Vil du lukke uden at gemme?</translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Revisionsspor</translation>
        </message>
        <message>
            <source>Processing activities</source>
            <translation>Behandlingsaktiviteter</translation>
        </message>
        <message>
            <source>Processing activity</source>
            <translation>Behandlingsaktivitet</translation>
        </message>
        <message>
            <source>Data about a category of data subjects</source>
            <translation>Oplysninger om en kategori af registrerede</translation>
        </message>
        <message>
            <source>Transfer of an activity</source>
            <translation>Overførsel i en behandlingsaktivitet</translation>
        </message>
        <message>
            <source>Controller of an activity</source>
            <translation>Dataansvarlig for en behandlingsaktivitet</translation>
        </message>
        <message>
            <source>List entry</source>
            <translation>Listepunkt</translation>
        </message>
        <message>
            <source>Processors</source>
            <translation>Databehandlere</translation>
        </message>
        <message>
            <source>Agreement party</source>
            <translation>Aftalepart</translation>
        </message>
        <message>
            <source>Sub-processor</source>
            <translation>Underdatabehandler</translation>
        </message>
        <message>
            <source>Transfer under an agreement</source>
            <translation>Overførsel under en aftale</translation>
        </message>
        <message>
            <source>Supervision round</source>
            <translation>Tilsyn</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Anmodninger</translation>
        </message>
        <message>
            <source>Subject request</source>
            <translation>Anmodning</translation>
        </message>
        <message>
            <source>Status change of a request</source>
            <translation>Statusændring på en anmodning</translation>
        </message>
        <message>
            <source>Request passed on to a controller</source>
            <translation>Anmodning videresendt til dataansvarlig</translation>
        </message>
        <message>
            <source>Letter to a requester</source>
            <translation>Brev til en anmoder</translation>
        </message>
        <message>
            <source>Health consents</source>
            <translation>Helbredssamtykker</translation>
        </message>
        <message>
            <source>Consumer</source>
            <translation>Forbruger</translation>
        </message>
        <message>
            <source>Consent text</source>
            <translation>Samtykketekst</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Breach</source>
            <translation>Brud</translation>
        </message>
        <message>
            <source>Follow-up notification</source>
            <translation>Supplerende anmeldelse</translation>
        </message>
        <message>
            <source>Controller told of a breach</source>
            <translation>Dataansvarlig underrettet om brud</translation>
        </message>
    </context>
    <context>
        <name>TeamMode</name>
        <message>
            <source>Connected as %1 to %2 (read only)</source>
            <translation>Forbundet som %1 til %2 (må kun læse)</translation>
        </message>
        <message>
            <source>Connected as %1 to %2</source>
            <translation>Forbundet som %1 til %2</translation>
        </message>
    </context>
    <context>
        <name>ViewState</name>
        <message>
            <source>Reset view</source>
            <translation>Nulstil visning</translation>
        </message>
    </context>
    <context>
        <name>WarningListDialog</name>
        <message>
            <source>Warning list before an interruption</source>
            <translation>Varslingsliste før en afbrydelse</translation>
        </message>
        <message>
            <source>All utilities</source>
            <translation>Alle forsyninger</translation>
        </message>
        <message>
            <source>e.g. pipe repair, Skovvej, 01-12 08:00–14:00</source>
            <translation>fx ledningsreparation, Skovvej, 01-12 kl. 8–14</translation>
        </message>
        <message>
            <source>Paste meter numbers: one a line, or separated by spaces or commas</source>
            <translation>Indsæt målernumre: ét pr. linje eller adskilt af mellemrum eller komma</translation>
        </message>
        <message>
            <source>Include the notes (only when needed)</source>
            <translation>Medtag noterne (kun når det er nødvendigt)</translation>
        </message>
        <message>
            <source>Utility</source>
            <translation>Forsyning</translation>
        </message>
        <message>
            <source>Interruption</source>
            <translation>Afbrydelse</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planlagt start</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Planlagt slut</translation>
        </message>
        <message>
            <source>Postal codes</source>
            <translation>Postnumre</translation>
        </message>
        <message>
            <source>Streets</source>
            <translation>Gader</translation>
        </message>
        <message>
            <source>Meter numbers</source>
            <translation>Målernumre</translation>
        </message>
        <message>
            <source>Call sheet (PDF)…</source>
            <translation>Opkaldsliste (PDF)…</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Writing the list…</source>
            <translation>Skriver listen…</translation>
        </message>
        <message>
            <source>Save the list</source>
            <translation>Gem listen</translation>
        </message>
        <message numerus="yes">
            <source>%n consumer(s) to warn.</source>
            <translation>
                <numerusform>%n forbruger skal varsles.</numerusform>
                <numerusform>%n forbrugere skal varsles.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to DPO Desk</source>
            <translation>Velkommen til DPO Desk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to DPO Desk&lt;/h2&gt;&lt;p&gt;This database is empty. You can look around in an example organisation first, or set up your own organisation straight away.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Velkommen til DPO Desk&lt;/h2&gt;&lt;p&gt;Databasen er tom. Du kan først se dig omkring i en eksempelorganisation eller straks oprette din egen organisation.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Start with the example organisation (Softværket)</source>
            <translation>Start med eksempelorganisationen (Softværket)</translation>
        </message>
        <message>
            <source>Start with my own organisation</source>
            <translation>Start med min egen organisation</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Withdraw consent: %1</source>
            <translation>Træk samtykke tilbage: %1</translation>
        </message>
        <message>
            <source>e.g. by phone to the utility</source>
            <translation>fx telefonisk til forsyningen</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>How it came</source>
            <translation>Hvordan det kom</translation>
        </message>
        <message>
            <source>The health details, the phone, the alternative contact and the meter number are erased at once; the proof that consent was given and withdrawn is kept.</source>
            <translation>Helbredsoplysningerne, telefonnummeret, den alternative kontakt og målernummeret slettes med det samme; dokumentationen for, at samtykket blev givet og trukket tilbage, gemmes.</translation>
        </message>
    </context>
</TS>
