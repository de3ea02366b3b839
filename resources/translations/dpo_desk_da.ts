<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../dpo_desk/ui/tasks.py" line="57" />
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/tasks.py" line="102" />
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../dpo_desk/cli.py" line="20" />
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="28" />
        <source>the database: a file path or a SQLAlchemy URL (default: $DPO_DESK_DB, else the file in your data folder)</source>
        <translation>databasen: en filsti eller en SQLAlchemy-URL (standard: $DPO_DESK_DB, ellers filen i din datamappe)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="38" />
        <source>DPO Desk: the workbench of a data protection officer. Without a command it opens the window.</source>
        <translation>DPO Desk: databeskyttelsesrådgiverens arbejdsbord. Uden en kommando åbnes vinduet.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="49" />
        <source>language of the interface (default: the saved setting, Danish)</source>
        <translation>brugerfladens sprog (standard: den gemte indstilling, dansk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="55" />
        <source>create a database holding the example organisation (Softværket)</source>
        <translation>opret en database med eksempelorganisationen (Softværket)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="60" />
        <source>write a report as an Excel workbook or a PDF</source>
        <translation>skriv en rapport som Excel-projektmappe eller PDF</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="63" />
        <source>the report</source>
        <translation>rapporten</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="66" />
        <source>the file format</source>
        <translation>filformatet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="69" />
        <source>the file to write</source>
        <translation>filen, der skal skrives</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="74" />
        <source>check the database and its audit chain; exit status 1 when broken</source>
        <translation>kontrollér databasen og dens revisionskæde; afslutningskode 1, hvis den er brudt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="92" />
        <source>the database already holds an organisation: {db}</source>
        <translation>databasen indeholder allerede en organisation: {db}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="97" />
        <source>Example organisation written to {db}</source>
        <translation>Eksempelorganisationen er skrevet til {db}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="109" />
        <source>the folder of the output file does not exist: {path}</source>
        <translation>mappen til outputfilen findes ikke: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="119" />
        <source>Written: {path}</source>
        <translation>Skrevet: {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="133" />
        <source>Audit chain intact: {n} records checked.</source>
        <translation>Revisionskæden er intakt: {n} poster kontrolleret.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli.py" line="136" />
        <source>Audit chain broken at record {id}: {reason} ({n} records before it are intact).</source>
        <translation>Revisionskæden er brudt ved post {id}: {reason} ({n} poster før den er intakte).</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../dpo_desk/db/audit.py" line="28" />
        <source>the link to the previous record is broken</source>
        <translation>kæden til den forrige post er brudt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/db/audit.py" line="29" />
        <source>the record's content does not match its hash</source>
        <translation>postens indhold passer ikke med dens hash</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/db/audit.py" line="30" />
        <source>records are missing at the end of the chain</source>
        <translation>der mangler poster i slutningen af kæden</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/db/migrate.py" line="21" />
        <source>This database was written by a newer version of DPO Desk (schema {revision}). It has not been opened or changed. Install the newer version to use it.</source>
        <translation>Databasen er skrevet af en nyere version af DPO Desk (skema {revision}). Den er hverken åbnet eller ændret. Installér den nyere version for at bruge den.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/db/session.py" line="24" />
        <source>There is no database at {path}.</source>
        <translation>Der findes ingen database i {path}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="18" />
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="19" />
        <source>A CVR number has 8 digits, e.g. 26 22 40 20.</source>
        <translation>Et CVR-nummer har 8 cifre, fx 26 22 40 20.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="20" />
        <source>This is not a valid CVR number (the check digit does not match).</source>
        <translation>Det er ikke et gyldigt CVR-nummer (kontrolcifferet passer ikke).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="23" />
        <source>Write an e-mail address such as name@example.dk.</source>
        <translation>Skriv en e-mailadresse som navn@eksempel.dk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="24" />
        <source>A Danish phone number has 8 digits; +45 in front is optional.</source>
        <translation>Et dansk telefonnummer har 8 cifre; +45 foran er valgfrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="27" />
        <source>The text is too long.</source>
        <translation>Teksten er for lang.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="28" />
        <source>The text contains invisible control characters.</source>
        <translation>Teksten indeholder usynlige styretegn.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="29" />
        <source>The text looks like a CPR number. CPR numbers must not be kept here (data minimisation).</source>
        <translation>Teksten ligner et CPR-nummer. CPR-numre må ikke gemmes her (dataminimering).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="33" />
        <source>A Danish postal code has four digits between 0800 and 9990.</source>
        <translation>Et dansk postnummer har fire cifre mellem 0800 og 9990.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/validation.py" line="36" />
        <source>Choose a day that exists in every year.</source>
        <translation>Vælg en dag, der findes i alle år.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../dpo_desk/ui/errors.py" line="62" />
        <source>Unexpected error</source>
        <translation>Uventet fejl</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/errors.py" line="63" />
        <source>Something went wrong ({kind}). Your data is safe; the last action may not have been saved.

The details are written to:
{path}</source>
        <translation>Noget gik galt ({kind}). Dine data er i behold; den seneste handling er måske ikke gemt.

Detaljerne er skrevet i:
{path}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="27" />
        <source>Organisation and database contents</source>
        <translation>Organisation og databasens indhold</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="30" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="31" />
        <source>PDF document (.pdf)</source>
        <translation>PDF-dokument (.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="44" />
        <location filename="../../dpo_desk/ui/export_dialog.py" line="102" />
        <location filename="../../dpo_desk/ui/export_dialog.py" line="123" />
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="54" />
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="67" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="68" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="69" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="90" />
        <source>Export to</source>
        <translation>Eksportér til</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="103" />
        <source>The folder does not exist: %1</source>
        <translation>Mappen findes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="110" />
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/export_dialog.py" line="123" />
        <source>The report was not written.</source>
        <translation>Rapporten blev ikke skrevet.</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="36" />
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="37" />
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="38" />
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="78" />
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="80" />
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="81" />
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="82" />
        <location filename="../../dpo_desk/ui/log_view.py" line="138" />
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="84" />
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="89" />
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="122" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="132" />
        <source>Search the log…</source>
        <translation>Søg i loggen…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="134" />
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="142" />
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/log_view.py" line="169" />
        <source>All tables</source>
        <translation>Alle tabeller</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/log_view.py" line="204" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform><numerusform>%n poster</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="33" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="56" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="58" />
        <source>&amp;Open database…</source>
        <translation>Å&amp;bn database…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="61" />
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="65" />
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="70" />
        <source>Organisation &amp;settings…</source>
        <translation>Organisationens &amp;indstillinger…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="74" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="85" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="86" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="87" />
        <source>&amp;About DPO Desk</source>
        <translation>&amp;Om DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="110" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="140" />
        <source>Settings saved.</source>
        <translation>Indstillingerne er gemt.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="148" />
        <source>Written: %1</source>
        <translation>Skrevet: %1</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="156" />
        <location filename="../../dpo_desk/ui/main_window.py" line="188" />
        <location filename="../../dpo_desk/ui/main_window.py" line="193" />
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="158" />
        <source>DPO Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>DPO Desk-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="168" />
        <location filename="../../dpo_desk/ui/main_window.py" line="177" />
        <source>New database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="170" />
        <source>DPO Desk databases (*.sqlite *.db)</source>
        <translation>DPO Desk-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="178" />
        <source>A file of that name exists already. Use File → Open database to open it.</source>
        <translation>Der findes allerede en fil med det navn. Brug Filer → Åbn database for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="194" />
        <source>The file could not be opened as a DPO Desk database.</source>
        <translation>Filen kunne ikke åbnes som en DPO Desk-database.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="213" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="214" />
        <source>The language changes the next time DPO Desk starts.</source>
        <translation>Sproget skifter, næste gang DPO Desk startes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="222" />
        <source>About DPO Desk</source>
        <translation>Om DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="224" />
        <source>&lt;h3&gt;DPO Desk %1&lt;/h3&gt;&lt;p&gt;The workbench of a data protection officer: the record of processing activities, processor agreements, data subject requests and health-data consents, in one local database.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DPO Desk %1&lt;/h3&gt;&lt;p&gt;Databeskyttelsesrådgiverens arbejdsbord: fortegnelsen over behandlingsaktiviteter, databehandleraftaler, de registreredes anmodninger og samtykker til helbredsoplysninger, samlet i én lokal database.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OrganisationReport</name>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="14" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="15" />
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="16" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="18" />
        <source>Postal code and city</source>
        <translation>Postnummer og by</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="21" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="22" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="23" />
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="24" />
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="25" />
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="26" />
        <source>DPO e-mail</source>
        <translation>DPO's e-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="27" />
        <source>DPO phone</source>
        <translation>DPO's telefon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="28" />
        <source>Last day of the financial year (dd-mm)</source>
        <translation>Regnskabsårets sidste dag (dd-mm)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="31" />
        <source>Organisation and database contents</source>
        <translation>Organisation og databasens indhold</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="32" />
        <source>(organisation not set up)</source>
        <translation>(organisationen er ikke oprettet)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="34" />
        <source>The organisation</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="35" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="36" />
        <source>What the database holds</source>
        <translation>Hvad databasen indeholder</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="38" />
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="40" />
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/organisation.py" line="41" />
        <source>Rows</source>
        <translation>Rækker</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../dpo_desk/reports/pdf.py" line="122" />
        <source>Page {page} of {total}</source>
        <translation>Side {page} af {total}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/pdf.py" line="169" />
        <source>Printed {date}</source>
        <translation>Udskrevet {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/pdf.py" line="188" />
        <location filename="../../dpo_desk/reports/pdf.py" line="212" />
        <location filename="../../dpo_desk/reports/xlsx.py" line="61" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/pdf.py" line="188" />
        <location filename="../../dpo_desk/reports/pdf.py" line="212" />
        <location filename="../../dpo_desk/reports/xlsx.py" line="61" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/pdf.py" line="229" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/pdf.py" line="251" />
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/xlsx.py" line="68" />
        <source>Generated {moment}</source>
        <translation>Dannet {moment}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/xlsx.py" line="76" />
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/reports/xlsx.py" line="76" />
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="33" />
        <source>Organisation settings</source>
        <translation>Organisationens indstillinger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="38" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="41" />
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="57" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="42" />
        <source>CVR number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="43" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="44" />
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="45" />
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="46" />
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="59" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="47" />
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="58" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="48" />
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="49" />
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="54" />
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver (DPO)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="63" />
        <source>Financial year</source>
        <translation>Regnskabsår</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="76" />
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="128" />
        <source>Discard changes?</source>
        <translation>Kassér ændringer?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/settings_dialog.py" line="129" />
        <source>You have changed the settings. Close without saving?</source>
        <translation>Du har ændret indstillingerne. Vil du lukke uden at gemme?</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../dpo_desk/domain/tables.py" line="9" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/tables.py" line="10" />
        <source>Audit trail</source>
        <translation>Revisionsspor</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="24" />
        <source>Welcome to DPO Desk</source>
        <translation>Velkommen til DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="28" />
        <source>&lt;h2&gt;Welcome to DPO Desk&lt;/h2&gt;&lt;p&gt;This database is empty. You can look around in an example organisation first, or set up your own organisation straight away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Velkommen til DPO Desk&lt;/h2&gt;&lt;p&gt;Databasen er tom. Du kan først se dig omkring i en eksempelorganisation eller straks oprette din egen organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="35" />
        <source>Start with the example organisation (Softværket)</source>
        <translation>Start med eksempelorganisationen (Softværket)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="37" />
        <source>Start with my own organisation</source>
        <translation>Start med min egen organisation</translation>
    </message>
</context>
</TS>