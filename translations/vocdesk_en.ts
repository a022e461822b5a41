<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityCheck</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/relationships/activities.py" line="+398"/>
        <source>%Ln participant(s) are listed; at most {limit} fit.</source>
        <translation>
            <numerusform>%Ln participant is listed; at most {limit} fit.</numerusform>
            <numerusform>%Ln participants are listed; at most {limit} fit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n of the participants no longer exist; remove them and add them again.</source>
        <translation>
            <numerusform>%n of the participants no longer exists; remove them and add them again.</numerusform>
            <numerusform>%n of the participants no longer exist; remove them and add them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/audit/audit_dialog.py" line="+253"/>
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>%n entry exported to {path}.</numerusform>
            <numerusform>%n entries exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelCheck</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/listening/channels.py" line="+152"/>
        <source>“{name}” is used by %Ln entries and complaints, so it cannot be deleted; make it inactive instead.</source>
        <translation>
            <numerusform>“{name}” is used by %Ln entry or complaint, so it cannot be deleted; make it inactive instead.</numerusform>
            <numerusform>“{name}” is used by %Ln entries and complaints, so it cannot be deleted; make it inactive instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/demo.py" line="+24"/>
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln stakeholder segment(s)</source>
        <translation>
            <numerusform>%Ln stakeholder segment</numerusform>
            <numerusform>%Ln stakeholder segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln listening log entries</source>
        <translation>
            <numerusform>%Ln listening log entry</numerusform>
            <numerusform>%Ln listening log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln listening channel(s)</source>
        <translation>
            <numerusform>%Ln listening channel</numerusform>
            <numerusform>%Ln listening channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln planned listening channel(s)</source>
        <translation>
            <numerusform>%Ln planned listening channel</numerusform>
            <numerusform>%Ln planned listening channels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey round(s)</source>
        <translation>
            <numerusform>%Ln survey round</numerusform>
            <numerusform>%Ln survey rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey question(s)</source>
        <translation>
            <numerusform>%Ln survey question</numerusform>
            <numerusform>%Ln survey questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln answer choice(s)</source>
        <translation>
            <numerusform>%Ln answer choice</numerusform>
            <numerusform>%Ln answer choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey dimension(s)</source>
        <translation>
            <numerusform>%Ln survey dimension</numerusform>
            <numerusform>%Ln survey dimensions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey target segment(s)</source>
        <translation>
            <numerusform>%Ln survey target segment</numerusform>
            <numerusform>%Ln survey target segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey response(s)</source>
        <translation>
            <numerusform>%Ln survey response</numerusform>
            <numerusform>%Ln survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey answer(s)</source>
        <translation>
            <numerusform>%Ln survey answer</numerusform>
            <numerusform>%Ln survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln benchmark result(s)</source>
        <translation>
            <numerusform>%Ln benchmark result</numerusform>
            <numerusform>%Ln benchmark results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint status change(s)</source>
        <translation>
            <numerusform>%Ln complaint status change</numerusform>
            <numerusform>%Ln complaint status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint attachment(s)</source>
        <translation>
            <numerusform>%Ln complaint attachment</numerusform>
            <numerusform>%Ln complaint attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint categories</source>
        <translation>
            <numerusform>%Ln complaint category</numerusform>
            <numerusform>%Ln complaint categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln root cause(s) of complaints</source>
        <translation>
            <numerusform>%Ln root cause of complaints</numerusform>
            <numerusform>%Ln root causes of complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint officer(s)</source>
        <translation>
            <numerusform>%Ln complaint officer</numerusform>
            <numerusform>%Ln complaint officers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln officer access right(s) to confidential cases</source>
        <translation>
            <numerusform>%Ln officer access right to confidential cases</numerusform>
            <numerusform>%Ln officer access rights to confidential cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln improvement action(s)</source>
        <translation>
            <numerusform>%Ln improvement action</numerusform>
            <numerusform>%Ln improvement actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln link(s) from improvement actions to listening entries</source>
        <translation>
            <numerusform>%Ln link from improvement actions to listening entries</numerusform>
            <numerusform>%Ln links from improvement actions to listening entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln link(s) from improvement actions to complaints</source>
        <translation>
            <numerusform>%Ln link from improvement actions to complaints</numerusform>
            <numerusform>%Ln links from improvement actions to complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln link(s) from improvement actions to survey findings</source>
        <translation>
            <numerusform>%Ln link from improvement actions to survey findings</numerusform>
            <numerusform>%Ln links from improvement actions to survey findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln timeline activities</source>
        <translation>
            <numerusform>%Ln timeline activity</numerusform>
            <numerusform>%Ln timeline activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln activity participant(s)</source>
        <translation>
            <numerusform>%Ln activity participant</numerusform>
            <numerusform>%Ln activity participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact reminder(s)</source>
        <translation>
            <numerusform>%Ln contact reminder</numerusform>
            <numerusform>%Ln contact reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact interval(s)</source>
        <translation>
            <numerusform>%Ln contact interval</numerusform>
            <numerusform>%Ln contact intervals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln audit log entries</source>
        <translation>
            <numerusform>%Ln audit log entry</numerusform>
            <numerusform>%Ln audit log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln link(s) between segments and services</source>
        <translation>
            <numerusform>%Ln link between segments and services</numerusform>
            <numerusform>%Ln links between segments and services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln office(s)</source>
        <translation>
            <numerusform>%Ln office</numerusform>
            <numerusform>%Ln offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln public holiday(s)</source>
        <translation>
            <numerusform>%Ln public holiday</numerusform>
            <numerusform>%Ln public holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln agency setting(s)</source>
        <translation>
            <numerusform>%Ln agency setting</numerusform>
            <numerusform>%Ln agency settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint handling setting(s)</source>
        <translation>
            <numerusform>%Ln complaint handling setting</numerusform>
            <numerusform>%Ln complaint handling settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln privacy notice version(s)</source>
        <translation>
            <numerusform>%Ln privacy notice version</numerusform>
            <numerusform>%Ln privacy notice versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) of the privacy notice shown to a person</source>
        <translation>
            <numerusform>%Ln record of the privacy notice shown to a person</numerusform>
            <numerusform>%Ln records of the privacy notice shown to a person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln consent(s)</source>
        <translation>
            <numerusform>%Ln consent</numerusform>
            <numerusform>%Ln consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln request(s) of data subjects</source>
        <translation>
            <numerusform>%Ln request of data subjects</numerusform>
            <numerusform>%Ln requests of data subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln retention period(s)</source>
        <translation>
            <numerusform>%Ln retention period</numerusform>
            <numerusform>%Ln retention periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln retention review(s)</source>
        <translation>
            <numerusform>%Ln retention review</numerusform>
            <numerusform>%Ln retention reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>%Ln other record</numerusform>
            <numerusform>%Ln other records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>  %n officer account(s) with the same password, named as the cases they are assigned to: vocdesk users list --db {path}</source>
        <translation>
            <numerusform>  %n officer account with the same password, named as the cases it is assigned: vocdesk users list --db {path}</numerusform>
            <numerusform>  %n officer accounts with the same password, named as the cases they are assigned to: vocdesk users list --db {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/survey_responses.py" line="+60"/>
        <source>Survey {code}: %Ln response(s) imported ({added} added, {updated} updated) into {path}</source>
        <translation>
            <numerusform>Survey {code}: %Ln response imported ({added} added, {updated} updated) into {path}</numerusform>
            <numerusform>Survey {code}: %Ln responses imported ({added} added, {updated} updated) into {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/survey_results.py" line="+22"/>
        <source>Survey {code}: %Ln result row(s) exported to {path}</source>
        <translation>
            <numerusform>Survey {code}: %Ln result row exported to {path}</numerusform>
            <numerusform>Survey {code}: %Ln result rows exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/survey_structure.py" line="+44"/>
        <source>Survey {code}: created with %n question(s) in {path}</source>
        <translation>
            <numerusform>Survey {code}: created with %n question in {path}</numerusform>
            <numerusform>Survey {code}: created with %n questions in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Survey {code}: design updated, %n question(s), in {path}</source>
        <translation>
            <numerusform>Survey {code}: design updated, %n question, in {path}</numerusform>
            <numerusform>Survey {code}: design updated, %n questions, in {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Survey {code}: %n question(s) exported to {path}</source>
        <translation>
            <numerusform>Survey {code}: %n question exported to {path}</numerusform>
            <numerusform>Survey {code}: %n questions exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/transfer.py" line="+126"/>
        <source>{kind}: %Ln row(s) imported ({added} added, {updated} updated) into {path}</source>
        <translation>
            <numerusform>{kind}: %Ln row imported ({added} added, {updated} updated) into {path}</numerusform>
            <numerusform>{kind}: %Ln rows imported ({added} added, {updated} updated) into {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>{kind}: %Ln row(s) exported to {path}</source>
        <translation>
            <numerusform>{kind}: %Ln row exported to {path}</numerusform>
            <numerusform>{kind}: %Ln rows exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/self_test.py" line="+181"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/pdpa_due.py" line="+71"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/bundle.py" line="+128"/>
        <source>Written {path} for {office}: %Ln change(s).</source>
        <translation>
            <numerusform>Written {path} for {office}: %Ln change.</numerusform>
            <numerusform>Written {path} for {office}: %Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Written {path}: %Ln change(s).</source>
        <translation>
            <numerusform>Written {path}: %Ln change.</numerusform>
            <numerusform>Written {path}: %Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Merged {path} from {office}: %Ln change(s) ({added} added, {updated} updated, {deleted} deleted).</source>
        <translation>
            <numerusform>Merged {path} from {office}: %Ln change ({added} added, {updated} updated, {deleted} deleted).</numerusform>
            <numerusform>Merged {path} from {office}: %Ln changes ({added} added, {updated} updated, {deleted} deleted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln field(s) had been changed in both offices: the newer value was kept, and the other is kept for review in the window.</source>
        <translation>
            <numerusform>%Ln field had been changed in both offices: the newer value was kept, and the other is kept for review in the window.</numerusform>
            <numerusform>%Ln fields had been changed in both offices: the newer value was kept, and the other is kept for review in the window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s) were left as they are here: anonymised or deleted here, or changed here after the other office deleted them.</source>
        <translation>
            <numerusform>%Ln record was left as it is here: anonymised or deleted here, or changed here after the other office deleted it.</numerusform>
            <numerusform>%Ln records were left as they are here: anonymised or deleted here, or changed here after the other office deleted them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintTransfer</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/complaints/exporter.py" line="+110"/>
        <source>%Ln confidential case(s) you may not read were left out of the file.</source>
        <translation>
            <numerusform>One confidential case you may not read was left out of the file.</numerusform>
            <numerusform>%Ln confidential cases you may not read were left out of the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/holidays/holidays_dialog.py" line="+216"/>
        <source>%n day(s) off on a weekday this year.</source>
        <translation>
            <numerusform>%n day off on a weekday this year.</numerusform>
            <numerusform>%n days off on a weekday this year.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up reminder(s)</source>
        <translation>
            <numerusform>%n follow-up reminder</numerusform>
            <numerusform>%n follow-up reminders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/transfer/check_page.py" line="+92"/>
        <source>No problems: %Ln row(s) ready. Press Import to write them.</source>
        <translation>
            <numerusform>No problems: %Ln row ready. Press Import to write it.</numerusform>
            <numerusform>No problems: %Ln rows ready. Press Import to write them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n problem(s). Nothing will be imported: correct the file and import it again.</source>
        <translation>
            <numerusform>%n problem. Nothing will be imported: correct the file and import it again.</numerusform>
            <numerusform>%n problems. Nothing will be imported: correct the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/transfer/mapping_pages.py" line="+177"/>
        <source>VocDesk does not know %n column(s) of the file: choose, for each, the column it stands for, or skip it: {columns}.</source>
        <translation>
            <numerusform>VocDesk does not know %n column of the file: choose the column it stands for, or skip it: {columns}.</numerusform>
            <numerusform>VocDesk does not know %n columns of the file: choose, for each, the column it stands for, or skip it: {columns}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDonePage</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/transfer/done_page.py" line="+66"/>
        <source>Imported %Ln row(s) from {file}: {added} added, {updated} updated.</source>
        <translation>
            <numerusform>Imported %Ln row from {file}: {added} added, {updated} updated.</numerusform>
            <numerusform>Imported %Ln rows from {file}: {added} added, {updated} updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/transfer/file_pages.py" line="+121"/>
        <source>{file} ({kind}): %Ln data row(s). The first {shown} are shown.</source>
        <translation>
            <numerusform>{file} ({kind}): %Ln data row, shown below.</numerusform>
            <numerusform>{file} ({kind}): %Ln data rows. The first {shown} are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValuesPage</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/transfer/mapping_pages.py" line="+85"/>
        <source>%n word(s) of the file need a meaning.</source>
        <translation>
            <numerusform>%n word of the file needs a meaning.</numerusform>
            <numerusform>%n words of the file need a meaning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementModel</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/listening/improvement_model.py" line="+30"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>%Ln complaint</numerusform>
            <numerusform>%Ln complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln survey finding(s)</source>
        <translation>
            <numerusform>%Ln survey finding</numerusform>
            <numerusform>%Ln survey findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementRules</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/listening/improvement_links.py" line="+238"/>
        <source>%n of the chosen complaints no longer exist.</source>
        <translation>
            <numerusform>%n of the chosen complaints no longer exists.</numerusform>
            <numerusform>%n of the chosen complaints no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of the chosen listening entries no longer exist.</source>
        <translation>
            <numerusform>%n of the chosen listening entries no longer exists.</numerusform>
            <numerusform>%n of the chosen listening entries no longer exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the chosen surveys no longer exist.</source>
        <translation>
            <numerusform>%n of the chosen surveys no longer exists.</numerusform>
            <numerusform>%n of the chosen surveys no longer exist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/relationships/indicators_panel.py" line="+258"/>
        <source>%n day(s) ago ({date})</source>
        <translation>
            <numerusform>%n day ago ({date})</numerusform>
            <numerusform>%n days ago ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>{in_touch} of %Ln member(s) in touch in 12 months</source>
        <translation>
            <numerusform>{in_touch} of %Ln member in touch in 12 months</numerusform>
            <numerusform>{in_touch} of %Ln members in touch in 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{percent}% (mean of the last scores of %Ln member(s))</source>
        <translation>
            <numerusform>{percent}% (the last score of %Ln member)</numerusform>
            <numerusform>{percent}% (mean of the last scores of %Ln members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListeningSummaryPage</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/listening/summary_page.py" line="+214"/>
        <source>%Ln entries heard in the period</source>
        <translation>
            <numerusform>%Ln entry heard in the period</numerusform>
            <numerusform>%Ln entries heard in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/file_actions.py" line="+185"/>
        <source>Imported %Ln row(s) from {file} ({added} added, {updated} updated)</source>
        <translation>
            <numerusform>Imported %Ln row from {file} ({added} added, {updated} updated)</numerusform>
            <numerusform>Imported %Ln rows from {file} ({added} added, {updated} updated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Exported %Ln row(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln row to {path}</numerusform>
            <numerusform>Exported %Ln rows to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/registry/merge_dialog.py" line="+114"/>
        <source>History: %Ln record(s)</source>
        <translation>
            <numerusform>History: %Ln record</numerusform>
            <numerusform>History: %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/overview/tab.py" line="+478"/>
        <source>{code} (fiscal year {year}), %Ln response(s)</source>
        <translation>
            <numerusform>{code} (fiscal year {year}), %Ln response</numerusform>
            <numerusform>{code} (fiscal year {year}), %Ln responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/pdpa/person_data.py" line="+178"/>
        <source>This person has %n confidential complaint case(s) you may not read. Their data can be gathered by an officer who may read confidential complaints.</source>
        <translation>
            <numerusform>This person has %n confidential complaint case you may not read. Their data can be gathered by an officer who may read confidential complaints.</numerusform>
            <numerusform>This person has %n confidential complaint cases you may not read. Their data can be gathered by an officer who may read confidential complaints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/exchange/receive_dialog.py" line="+161"/>
        <source>%Ln record(s) and deletion(s)</source>
        <translation>
            <numerusform>%Ln record or deletion</numerusform>
            <numerusform>%Ln records and deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%Ln record(s) kept as they are here (anonymised here, or deleted or changed here after the other office&apos;s change).</source>
        <translation>
            <numerusform>%Ln record kept as it is here (anonymised here, or deleted or changed here after the other office&apos;s change).</numerusform>
            <numerusform>%Ln records kept as they are here (anonymised here, or deleted or changed here after the other office&apos;s change).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln field(s) were changed in both offices: the newer change was kept, the other is left for review.</source>
        <translation>
            <numerusform>%Ln field was changed in both offices: the newer change was kept, the other is left for review.</numerusform>
            <numerusform>%Ln fields were changed in both offices: the newer change was kept, the other is left for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/pdpa/requests_dialog.py" line="+207"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/pdpa/requests_model.py" line="+31"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/pdpa/retention_dialog.py" line="+67"/>
        <source>%n person(s) in the registry</source>
        <translation>
            <numerusform>%n person in the registry</numerusform>
            <numerusform>%n people in the registry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n feedback item(s)</source>
        <translation>
            <numerusform>%n feedback item</numerusform>
            <numerusform>%n feedback items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n survey response(s)</source>
        <translation>
            <numerusform>%n survey response</numerusform>
            <numerusform>%n survey responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n activity record(s)</source>
        <translation>
            <numerusform>%n activity record</numerusform>
            <numerusform>%n activity records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/exchange/send_dialog.py" line="+231"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderCheck</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/registry/edit.py" line="+72"/>
        <source>%n existing record(s) look like this one; the first is {name}.</source>
        <translation>
            <numerusform>%n existing record looks like this one: {name}.</numerusform>
            <numerusform>%n existing records look like this one; the first is {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+306"/>
        <source>{name} has %Ln history record(s) (feedback, complaints, responses or activities) and cannot be deleted. Archive the record instead.</source>
        <translation>
            <numerusform>{name} has %Ln history record (feedback, a complaint, a response or an activity) and cannot be deleted. Archive the record instead.</numerusform>
            <numerusform>{name} has %Ln history records (feedback, complaints, responses or activities) and cannot be deleted. Archive the record instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/registry/stakeholder_form.py" line="+543"/>
        <source>Registered {date} · history: %Ln record(s)</source>
        <translation>
            <numerusform>Registered {date} · history: %Ln record</numerusform>
            <numerusform>Registered {date} · history: %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/registry/transfer.py" line="+303"/>
        <source>%Ln row(s) matched records that were already up to date; they were left as they were.</source>
        <translation>
            <numerusform>%Ln row matched a record that was already up to date; it was left as it was.</numerusform>
            <numerusform>%Ln rows matched records that were already up to date; they were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyDesign</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/surveys/design.py" line="+218"/>
        <source>The survey “{code}” has %Ln response(s) and cannot be deleted.</source>
        <translation>
            <numerusform>The survey “{code}” has %Ln response and cannot be deleted.</numerusform>
            <numerusform>The survey “{code}” has %Ln responses and cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyTrendModel</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/surveys/results_models.py" line="+393"/>
        <source>{code}: %Ln form(s)</source>
        <translation>
            <numerusform>{code}: %Ln form</numerusform>
            <numerusform>{code}: %Ln forms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/surveys/tab.py" line="+450"/>
        <source>Questionnaire {code} imported: %n question(s).</source>
        <translation>
            <numerusform>Questionnaire {code} imported: %n question.</numerusform>
            <numerusform>Questionnaire {code} imported: %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Questionnaire {code} written to {path} (%n question(s)).</source>
        <translation>
            <numerusform>Questionnaire {code} written to {path} (%n question).</numerusform>
            <numerusform>Questionnaire {code} written to {path} (%n questions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Results of {code} written to {path} (%Ln row(s)).</source>
        <translation>
            <numerusform>Results of {code} written to {path} (%Ln row).</numerusform>
            <numerusform>Results of {code} written to {path} (%Ln rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/transfer_columns_unmatched.py" line="+84"/>
        <source>%n column(s) of the file matched no column of VocDesk and were not imported: {columns}.</source>
        <translation>
            <numerusform>%n column of the file matched no column of VocDesk and was not imported: {columns}.</numerusform>
            <numerusform>%n columns of the file matched no column of VocDesk and were not imported: {columns}.</numerusform>
        </translation>
    </message>
</context>
</TS>
