<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/about_dialog.py" line="+36"/>
        <source>About VocDesk</source>
        <translation>เกี่ยวกับ VocDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VocDesk {version}</source>
        <translation>VocDesk {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The voice of the customer for Thai government agencies: listening, surveys, complaints and relationships (PMQA category 3). Works offline.</source>
        <translation>เสียงของผู้รับบริการสำหรับหน่วยงานภาครัฐไทย: การรับฟัง แบบสำรวจ ข้อร้องเรียน และความสัมพันธ์ (PMQA หมวด 3) ใช้งานได้โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open database: {location}</source>
        <translation>ฐานข้อมูลที่เปิดอยู่: {location}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VocDesk is free software under the GNU General Public License, version 3 or later.</source>
        <translation>VocDesk เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต GNU General Public License รุ่น 3 หรือใหม่กว่า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundled Sarabun font is Copyright 2018 The Sarabun Project Authors and is licensed under the SIL Open Font License, version 1.1:</source>
        <translation>ฟอนต์สารบรรณ (Sarabun) ที่มาพร้อมโปรแกรม สงวนลิขสิทธิ์ 2018 โดย The Sarabun Project Authors และใช้สัญญาอนุญาต SIL Open Font License รุ่น 1.1:</translation>
    </message>
</context>
<context>
    <name>AccessExport</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/access_export.py" line="+193"/>
        <source>Personal data of one person</source>
        <translation>ข้อมูลส่วนบุคคลของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The export could not be written to {path}: {reason}.</source>
        <translation>บันทึกไฟล์ส่งออกที่ {path} ไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/account_dialogs.py" line="+160"/>
        <source>Add an account</source>
        <translation>เพิ่มบัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in &amp;name:</source>
        <translation>ชื่อผู้ใช้(&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Display name:</source>
        <translation>ชื่อที่แสดง(&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again:</source>
        <translation>ยืนยันรหัสผ่าน(&amp;A):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>บทบาท(&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They choose their own at their first sign-in.</source>
        <translation>ผู้ใช้จะตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งแรก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff record and work their own cases; supervisors also assign and close cases, print reports, import and export; administrators also manage users, catalogues, settings and backups, and read the audit trail.</source>
        <translation>เจ้าหน้าที่บันทึกและดำเนินการเรื่องของตนเอง หัวหน้างานมอบหมายและยุติเรื่อง พิมพ์รายงาน นำเข้าและส่งออกข้อมูลได้ด้วย ผู้ดูแลระบบจัดการผู้ใช้ รายการข้อมูลหลัก การตั้งค่า และสำเนาสำรอง และดูประวัติการใช้งานได้ด้วย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>May read &amp;confidential complaints</source>
        <translation>อ่านเรื่องร้องเรียนลับได้(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May read and export &amp;personal data unmasked</source>
        <translation>อ่านและส่งออกข้อมูลส่วนบุคคลแบบไม่ปิดบังได้(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (may sign in)</source>
        <translation>ใช้งานอยู่ (เข้าสู่ระบบได้)(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../src/vocdesk/services/accounts.py" line="+129"/>
        <source>This database already has an administrator: sign in.</source>
        <translation>ฐานข้อมูลนี้มีผู้ดูแลระบบแล้ว กรุณาเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+42"/>
        <source>The account {login} is disabled. Ask an administrator.</source>
        <translation>บัญชี {login} ถูกระงับ กรุณาติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The account {login} has no password yet. Ask an administrator to set one (Users and roles, Reset password).</source>
        <translation>บัญชี {login} ยังไม่มีรหัสผ่าน กรุณาให้ผู้ดูแลระบบตั้งให้ (ผู้ใช้และบทบาท, ตั้งรหัสผ่านใหม่)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The access token is not valid for this database (unknown or revoked). Ask an administrator for a new one.</source>
        <translation>โทเค็นเข้าถึงใช้กับฐานข้อมูลนี้ไม่ได้ (ไม่รู้จักหรือถูกเพิกถอนแล้ว) กรุณาขอโทเค็นใหม่จากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The current password is not right.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is already an account named {login}.</source>
        <translation>มีบัญชีชื่อ {login} อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database must keep at least one active administrator who can sign in.</source>
        <translation>ฐานข้อมูลต้องมีผู้ดูแลระบบที่ใช้งานได้และเข้าสู่ระบบได้อย่างน้อยหนึ่งคน</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>A sign-in name is one word of at most 200 characters, without spaces.</source>
        <translation>ชื่อผู้ใช้ต้องเป็นคำเดียว ยาวไม่เกิน 200 ตัวอักษร และไม่มีช่องว่าง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A password needs at least {length} characters; a few words together make a good one.</source>
        <translation>รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร การนำคำหลายคำมาต่อกันจะได้รหัสผ่านที่ดี</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password repeats one or two characters: choose another.</source>
        <translation>รหัสผ่านซ้ำตัวอักษรเพียงหนึ่งหรือสองตัว กรุณาเลือกรหัสผ่านอื่น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong name or password.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords: the account is locked until {time}. An administrator can unlock it sooner.</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้งเกินไป บัญชีถูกล็อกจนถึง {time} ผู้ดูแลระบบปลดล็อกให้ก่อนได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no account named {login}.</source>
        <translation>ไม่มีบัญชีชื่อ {login}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/accounts/common.py" line="+31"/>
        <source>A password has at least {length} characters; a few words together make a good one.</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย {length} ตัวอักษร การใช้หลายคำต่อกันจะได้รหัสผ่านที่ดี</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/accounts/first_admin_dialog.py" line="+34"/>
        <source>The two passwords are not the same: type the new one twice.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์รหัสผ่านใหม่ให้เหมือนกันสองครั้ง</translation>
    </message>
</context>
<context>
    <name>ActivityCheck</name>
    <message>
        <location filename="../src/vocdesk/services/relationships/activities.py" line="+124"/>
        <source>The activity was not saved:
{problems}</source>
        <translation>ยังไม่ได้บันทึกกิจกรรม:
{problems}</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Choose the stakeholder.</source>
        <translation>เลือกผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stakeholder chosen no longer exists; choose again.</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียที่เลือกไม่มีอยู่แล้ว โปรดเลือกใหม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the summary: what the activity was.</source>
        <translation>กรอกเรื่อง: กิจกรรมนี้คืออะไร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The outcome</source>
        <translation>ผลที่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff</source>
        <translation>ชื่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} has {length} characters; at most {limit} fit.</source>
        <translation>{what}ยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The date and time ({moment}) are in the future; record an activity once it has taken place and plan the next one with the follow-up date.</source>
        <translation>วันเวลา ({moment}) เป็นเวลาในอนาคต โปรดบันทึกกิจกรรมเมื่อเกิดขึ้นแล้ว และใช้วันที่ติดตามผลเพื่อนัดครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up date is before the activity; choose a later day or clear it.</source>
        <translation>วันที่ติดตามผลอยู่ก่อนวันที่ของกิจกรรม โปรดเลือกวันที่หลังจากนั้นหรือเอาออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The channel chosen no longer exists; choose again.</source>
        <translation>ช่องทางที่เลือกไม่มีอยู่แล้ว โปรดเลือกใหม่</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln participant(s) are listed; at most {limit} fit.</source>
        <translation>
            <numerusform>มีผู้เข้าร่วม %Ln ราย ระบุได้ไม่เกิน {limit} ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n of the participants no longer exist; remove them and add them again.</source>
        <translation>
            <numerusform>ไม่พบผู้เข้าร่วม %n ราย โปรดนำออกแล้วเพิ่มใหม่</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The activity no longer exists: someone else deleted it.</source>
        <translation>ไม่มีกิจกรรมนี้แล้ว: มีผู้อื่นลบไปแล้ว</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The stakeholder no longer exists; it may have been merged or deleted.</source>
        <translation>ไม่มีผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียรายนี้แล้ว อาจถูกรวมหรือลบไปแล้ว</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/activity_form.py" line="+193"/>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(choose: type a name and press Enter)</source>
        <translation>(พิมพ์ชื่อแล้วกด Enter เพื่อเลือก)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(type a name and press Enter)</source>
        <translation>(พิมพ์ชื่อแล้วกด Enter)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Activity: {summary}</source>
        <translation>กิจกรรม: {summary}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No stakeholder matches “{words}”.</source>
        <translation>ไม่พบผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียที่ตรงกับ “{words}”</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A reminder is made for the follow-up date.</source>
        <translation>ระบบจะสร้างการแจ้งเตือนในวันที่ติดตามผล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder for {officer}</source>
        <translation>แจ้งเตือนถึง {officer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for no one yet: give the staff or the relationship officer.</source>
        <translation>ยังไม่มีผู้รับการแจ้งเตือน: โปรดระบุเจ้าหน้าที่หรือผู้ดูแลความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved: {summary}</source>
        <translation>บันทึกแล้ว: {summary}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Record an activity</source>
        <translation>บันทึกกิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>ประเภทกิจกรรม(&amp;K):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;When:</source>
        <translation>วันเวลา(&amp;W):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>ช่องทาง(&amp;C):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stake&amp;holder:</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tage:</source>
        <translation>ช่วงการรับบริการ(&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ummary:</source>
        <translation>เรื่อง(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Details:</source>
        <translation>รายละเอียด(&amp;D):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Outcome:</source>
        <translation>ผลที่ได้(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;aff:</source>
        <translation>เจ้าหน้าที่(&amp;A):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Participants:</source>
        <translation>ผู้เข้าร่วม(&amp;P):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Follow-up:</source>
        <translation>ติดตามผล(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find by name, phone or ID; Enter</source>
        <translation>ค้นหาด้วยชื่อ โทรศัพท์ หรือเลขประจำตัว แล้วกด Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another stakeholder taking part; Enter</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียอื่นที่เข้าร่วม แล้วกด Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line: what the activity was</source>
        <translation>หนึ่งบรรทัด: กิจกรรมนี้คืออะไร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said and done</source>
        <translation>สิ่งที่พูดคุยและดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What came of it</source>
        <translation>ผลที่เกิดขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency&apos;s people who took part</source>
        <translation>เจ้าหน้าที่ของหน่วยงานที่ร่วมกิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get in touch again on</source>
        <translation>ติดต่ออีกครั้งวันที่</translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <location filename="../src/vocdesk/services/relationships/activity_transfer.py" line="+186"/>
        <location line="+4"/>
        <source>no stakeholder has the id {value}.</source>
        <translation>ไม่มีผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียที่มีรหัส {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the follow-up date is before the activity.</source>
        <translation>วันที่ติดตามผลอยู่ก่อนวันที่ของกิจกรรม</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The channel “{name}” was not in the catalogue and was added (row {row}).</source>
        <translation>ช่องทาง “{name}” ยังไม่มีในรายการ จึงเพิ่มให้แล้ว (แถว {row})</translation>
    </message>
</context>
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+87"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+223"/>
        <source>Meeting</source>
        <extracomment>ประชุม</extracomment>
        <translation>ประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Phone call</source>
        <extracomment>โทรศัพท์</extracomment>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Visit</source>
        <extracomment>เยี่ยมเยียน</extracomment>
        <translation>เยี่ยมเยียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>E-mail</source>
        <extracomment>อีเมล</extracomment>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Event</source>
        <extracomment>กิจกรรม</extracomment>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Note</source>
        <extracomment>บันทึก</extracomment>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Letter</source>
        <extracomment>หนังสือ</extracomment>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Training</source>
        <extracomment>ฝึกอบรม</extracomment>
        <translation>ฝึกอบรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Agreement (MOU)</source>
        <extracomment>ข้อตกลงความร่วมมือ (MOU)</extracomment>
        <translation>ข้อตกลงความร่วมมือ (MOU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Social media contact</source>
        <extracomment>ติดต่อทางสื่อสังคมออนไลน์</extracomment>
        <translation>ติดต่อทางสื่อสังคมออนไลน์</translation>
    </message>
</context>
<context>
    <name>AddDayDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/holidays/holidays_dialog.py" line="+75"/>
        <source>Add a day off</source>
        <translation>เพิ่มวันหยุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>ชื่อวันหยุด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Provincial holiday, extra day off</source>
        <translation>เช่น วันหยุดประจำจังหวัด วันหยุดราชการเพิ่มเติม</translation>
    </message>
</context>
<context>
    <name>AgencySettingsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/agency_settings_dialog.py" line="+196"/>
        <source>Choose the agency&apos;s logo</source>
        <translation>เลือกตราสัญลักษณ์ของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images ({patterns})</source>
        <translation>ไฟล์ภาพ ({patterns})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No logo</source>
        <translation>ไม่มีตราสัญลักษณ์</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}
{width} × {height} pixels</source>
        <translation>{name}
{width} × {height} พิกเซล</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agency name (&amp;Thai):</source>
        <translation>ชื่อหน่วยงาน (ภาษาไทย)(&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency name (&amp;English):</source>
        <translation>ชื่อหน่วยงาน (ภาษาอังกฤษ)(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>ตราสัญลักษณ์(&amp;L):</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The agency&apos;s name and logo head every page of the reports; the privacy notice is shown on the forms that collect personal data and printed on paper questionnaires. They are kept in this database, so every computer that opens it prints the same.</source>
        <translation>ชื่อและตราสัญลักษณ์ของหน่วยงานจะพิมพ์ที่หัวกระดาษทุกหน้าของรายงาน ส่วนคำประกาศความเป็นส่วนตัวจะแสดงในแบบฟอร์มที่เก็บข้อมูลส่วนบุคคลและพิมพ์ลงในแบบสอบถามฉบับกระดาษ การตั้งค่าเหล่านี้เก็บไว้ในฐานข้อมูลนี้ เครื่องคอมพิวเตอร์ทุกเครื่องที่เปิดฐานข้อมูลนี้จึงพิมพ์ได้เหมือนกัน</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Not given yet: bundles cannot be sent</source>
        <translation>ยังไม่ได้กำหนด จึงยังส่งไฟล์แลกเปลี่ยนข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Privacy notice:</source>
        <translation>คำประกาศความเป็นส่วนตัว(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {version} is in force. A changed text is published as version {next} when you press OK; the earlier versions are kept.</source>
        <translation>ฉบับที่ใช้อยู่คือฉบับที่ {version} หากแก้ไขข้อความ เมื่อกดตกลงจะเผยแพร่เป็นฉบับที่ {next} และยังเก็บฉบับก่อนหน้าไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No version is published yet; the text is published as version 1 when you press OK.</source>
        <translation>ยังไม่ได้เผยแพร่คำประกาศ เมื่อกดตกลงข้อความนี้จะเผยแพร่เป็นฉบับที่ 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Why the answers are collected, how long they are kept, whom to contact</source>
        <translation>วัตถุประสงค์ของการเก็บข้อมูล ระยะเวลาการเก็บรักษา และช่องทางการติดต่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>เลือก(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>นำออก(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG or JPEG; a larger image is scaled down to 600 pixels</source>
        <translation>ไฟล์ PNG หรือ JPEG ภาพที่ใหญ่กว่า 600 พิกเซลจะย่อขนาดให้โดยอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Thai &amp;digits (๐–๙) in Thai reports</source>
        <translation>พิมพ์ตัวเลขไทย (๐–๙) ในรายงานภาษาไทย(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This o&amp;ffice:</source>
        <translation>สำนักงานนี้(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>เปลี่ยน(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Anonymise</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/anonymise.py" line="+392"/>
        <source>More than one record has the national ID “{value}”: merge them first, or give the record&apos;s id.</source>
        <translation>มีมากกว่าหนึ่งระเบียนที่มีเลขประจำตัวประชาชน “{value}”: ให้รวมระเบียนก่อน หรือระบุรหัสของระเบียน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person no longer exists.</source>
        <translation>ไม่มีบุคคลนี้ในทะเบียนแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stakeholder has the id or national ID “{value}”.</source>
        <translation>ไม่พบผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียที่มีรหัสหรือเลขประจำตัวประชาชน “{value}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person&apos;s data was already anonymised on {moment}.</source>
        <translation>ข้อมูลของบุคคลนี้ถูกทำให้ไม่สามารถระบุตัวบุคคลได้แล้วเมื่อ {moment}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/request_forms.py" line="+231"/>
        <source>Anonymising the person&apos;s data</source>
        <translation>กำลังทำให้ข้อมูลไม่สามารถระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>The person&apos;s records are marked restricted: kept and counted in statistics, left out of follow-up lists and contact exports.</source>
        <translation>ข้อมูลของบุคคลนี้จะถูกระงับการใช้: ยังเก็บไว้และนับในสถิติ แต่ไม่อยู่ในรายชื่อติดตามผลและการส่งออกข้อมูลติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s data is anonymised now: names, IDs, phones and e-mail replaced everywhere, attachments removed. This cannot be undone.</source>
        <translation>ข้อมูลของบุคคลนี้จะถูกทำให้ไม่สามารถระบุตัวบุคคลได้ทันที: ชื่อ เลขประจำตัว โทรศัพท์ และอีเมลถูกแทนที่ทุกแห่ง ไฟล์แนบถูกลบ และย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consents ticked below are withdrawn on the day answered.</source>
        <translation>ความยินยอมที่เลือกด้านล่างจะถูกถอนในวันที่ตอบคำขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the record in the stakeholder form (its changes are audited), then answer here.</source>
        <translation>แก้ไขข้อมูลในแบบฟอร์มทะเบียน (การแก้ไขมีบันทึกการตรวจสอบ) แล้วจึงตอบคำขอที่นี่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Give the person their data with Export for the person…, then answer here.</source>
        <translation>ส่งข้อมูลให้เจ้าของข้อมูลด้วยปุ่ม ส่งออกข้อมูลของบุคคล… แล้วจึงตอบคำขอที่นี่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is changed; write the legal ground of the refusal.</source>
        <translation>ไม่มีการเปลี่ยนแปลงข้อมูล กรุณาระบุเหตุผลทางกฎหมายของการปฏิเสธ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer a request</source>
        <translation>ตอบคำขอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} from {person}, received {received}, due {due}.</source>
        <translation>คำขอ{kind}จาก {person} รับเมื่อ {received} กำหนดตอบ {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done as asked</source>
        <translation>ดำเนินการตามคำขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>ปฏิเสธคำขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>วันที่ตอบ</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../src/vocdesk/cli/help_format.py" line="+26"/>
        <source>usage: </source>
        <translation>วิธีใช้: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>ค่าที่ต้องระบุตามลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>แสดงคำอธิบายนี้แล้วจบการทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>แสดงรุ่นของโปรแกรมแล้วจบการทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ข้อผิดพลาด: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>อาร์กิวเมนต์ %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>ต้องระบุอาร์กิวเมนต์ต่อไปนี้: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>ไม่รู้จักอาร์กิวเมนต์: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ค่า %(value)r ใช้ไม่ได้ (เลือกได้จาก %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ค่า %(value)r ไม่ใช่ %(type)s ที่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ต้องระบุค่า 1 ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ระบุค่าได้ไม่เกิน 1 ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>ต้องระบุค่าอย่างน้อย 1 ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ตัวเลือก %(option)s กำกวม อาจหมายถึง %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>ต้องระบุอาร์กิวเมนต์ %s อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>ใช้ร่วมกับอาร์กิวเมนต์ %s ไม่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ไม่นำค่า %r ที่ระบุมาใช้</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/steps.py" line="+154"/>
        <source>Assign the case</source>
        <translation>มอบหมายเรื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit:</source>
        <translation>&amp;หน่วยงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officer (login name):</source>
        <translation>&amp;ผู้รับผิดชอบ (ชื่อผู้ใช้):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign</source>
        <translation>มอบหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="+177"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+20"/>
        <source>Created</source>
        <extracomment>สร้าง</extracomment>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Changed</source>
        <extracomment>แก้ไข</extracomment>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Deleted</source>
        <extracomment>ลบ</extracomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Merged</source>
        <extracomment>รวมรายการ</extracomment>
        <translation>รวมรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Archived</source>
        <extracomment>จัดเก็บเข้าคลัง</extracomment>
        <translation>เก็บถาวร</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Signed in</source>
        <extracomment>เข้าสู่ระบบ</extracomment>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed</source>
        <extracomment>เข้าสู่ระบบไม่สำเร็จ</extracomment>
        <translation>เข้าสู่ระบบไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out</source>
        <extracomment>ออกจากระบบ</extracomment>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <extracomment>ตั้งรหัสผ่าน</extracomment>
        <translation>ตั้งรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions changed</source>
        <extracomment>เปลี่ยนสิทธิ์</extracomment>
        <translation>เปลี่ยนสิทธิ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token</source>
        <extracomment>โทเค็นเข้าถึง</extracomment>
        <translation>โทเค็นเข้าถึง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Exported</source>
        <extracomment>ส่งออก</extracomment>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Printed</source>
        <extracomment>พิมพ์</extracomment>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Restored</source>
        <extracomment>กู้คืน</extracomment>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Personal data shown</source>
        <extracomment>เปิดดูข้อมูลส่วนบุคคล</extracomment>
        <translation>เปิดดูข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Anonymised</source>
        <extracomment>ทำให้ไม่สามารถระบุตัวบุคคลได้</extracomment>
        <translation>ทำให้ไม่สามารถระบุตัวบุคคลได้</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../src/vocdesk/services/audit.py" line="+59"/>
        <source>(confidential)</source>
        <translation>(ลับ)</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/audit/audit_dialog.py" line="+176"/>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any action</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any record</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Select an entry to see what changed.</source>
        <translation>เลือกรายการเพื่อดูว่ามีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · {user} · {action} · {entity} {id}</source>
        <translation>{when} · {user} · {action} · {entity} {id}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export the audit trail</source>
        <translation>ส่งออกประวัติการใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n entries exported to {path}.</source>
        <translation>
            <numerusform>ส่งออก %n รายการไปที่ {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting the audit trail…</source>
        <translation>กำลังส่งออกประวัติการใช้งาน…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>ประวัติการใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id, user or words in the changes</source>
        <translation>รหัสรายการ ผู้ใช้ หรือคำในสิ่งที่เปลี่ยน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <location filename="../src/vocdesk/ui/audit/audit_model.py" line="+19"/>
        <source>Complaint case</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact interval</source>
        <translation>รอบการติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday</source>
        <translation>วันหยุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>ประวัติการใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported file</source>
        <translation>แฟ้มที่ส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback entry</source>
        <translation>ข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response</source>
        <translation>การตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention period</source>
        <translation>ระยะเวลาการเก็บรักษา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle between offices</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลระหว่างสำนักงาน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record type</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>สิ่งที่เปลี่ยน</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <location filename="../src/vocdesk/services/authorization.py" line="+64"/>
        <source>Nobody is signed in. Sign in to work with this database.</source>
        <translation>ยังไม่มีผู้ใดเข้าสู่ระบบ กรุณาเข้าสู่ระบบเพื่อใช้งานฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{user} may not do this: it needs the permission “{permission}”, which the role or grants of this account do not give. An administrator can change that under Users and roles.</source>
        <translation>{user} ไม่มีสิทธิ์ทำรายการนี้ ต้องมีสิทธิ์ “{permission}” ซึ่งบทบาทหรือสิทธิ์ที่ได้รับของบัญชีนี้ไม่มี ผู้ดูแลระบบเปลี่ยนได้ที่เมนูผู้ใช้และบทบาท</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read records</source>
        <translation>อ่านข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record and work own cases</source>
        <translation>บันทึกข้อมูลและดำเนินการเรื่องของตน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign, close and delete</source>
        <translation>มอบหมาย ปิดเรื่อง และลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print reports</source>
        <translation>พิมพ์รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import files</source>
        <translation>นำเข้าไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export files</source>
        <translation>ส่งออกไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage catalogues and settings</source>
        <translation>จัดการรายการอ้างอิงและการตั้งค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore backups</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit trail</source>
        <translation>ดูประวัติการใช้งาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erase personal data</source>
        <translation>ลบหรือทำให้ข้อมูลส่วนบุคคลไม่สามารถระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidential complaints</source>
        <translation>เรื่องร้องเรียนลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>ข้อมูลส่วนบุคคล</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/encryption/backup_passphrase_dialog.py" line="+29"/>
        <source>Encrypted backup copy</source>
        <translation>สำเนาสำรองที่เข้ารหัส</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup copy {name} is encrypted under another passphrase than the open database&apos;s. Enter the copy&apos;s passphrase to restore it; the database will then open with that passphrase.</source>
        <translation>สำเนาสำรอง {name} เข้ารหัสด้วยวลีรหัสผ่านอื่นที่ไม่ใช่ของฐานข้อมูลที่เปิดอยู่ ป้อนวลีรหัสผ่านของสำเนาเพื่อกู้คืน จากนั้นฐานข้อมูลจะเปิดด้วยวลีรหัสผ่านนั้น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../src/vocdesk/services/backup_policy.py" line="+24"/>
        <source>daily</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>รายสัปดาห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup schedule is off, daily or weekly, not {value}.</source>
        <translation>ตารางสำรองข้อมูลอัตโนมัติต้องเป็น off (ปิด), daily (รายวัน) หรือ weekly (รายสัปดาห์) ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of {copies} copies to keep must be a whole number from {least} to {most}, not {value}.</source>
        <translation>จำนวนแฟ้มสำรอง{copies}ที่เก็บไว้ต้องเป็นจำนวนเต็มตั้งแต่ {least} ถึง {most} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{key} takes a whole number of copies, not {value}.</source>
        <translation>{key} ต้องเป็นจำนวนแฟ้มสำรองที่เป็นจำนวนเต็ม ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/backups.py" line="+288"/>
        <source>There is no file at {path}.</source>
        <translation>ไม่พบแฟ้มที่ {path}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The file {path} is not a VocDesk database (it has no VocDesk schema); nothing was restored.</source>
        <translation>แฟ้ม {path} ไม่ใช่ฐานข้อมูล VocDesk (ไม่มีโครงสร้างข้อมูลของ VocDesk) จึงไม่ได้กู้คืนข้อมูลใด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file {path} was written by a newer version of VocDesk (schema {revision}, this version knows up to {head}); nothing was restored.</source>
        <translation>แฟ้ม {path} บันทึกโดย VocDesk รุ่นที่ใหม่กว่า (โครงสร้างข้อมูล {revision} ส่วนรุ่นนี้รองรับถึง {head}) จึงไม่ได้กู้คืนข้อมูลใด</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{path} is the database itself; choose a backup copy.</source>
        <translation>{path} คือฐานข้อมูลที่ใช้งานอยู่ กรุณาเลือกแฟ้มสำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Only a local database file has backup copies here.</source>
        <translation>มีสำเนาสำรองเฉพาะแฟ้มฐานข้อมูลในเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The database is empty: there is nothing to copy yet.</source>
        <translation>ฐานข้อมูลยังว่างอยู่ ยังไม่มีข้อมูลให้สำรอง</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The file {path} is damaged or not a database ({details}); nothing was restored.</source>
        <translation>แฟ้ม {path} เสียหายหรือไม่ใช่ฐานข้อมูล ({details}) จึงไม่ได้กู้คืนข้อมูลใด</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database {path} is in use by another program ({details}); nothing was restored. Close the other program and try again.</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น ({details}) จึงไม่ได้กู้คืนข้อมูลใด กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup copy {path} could not be written: the disk is full or failing. Nothing was changed. Free some space and try again.</source>
        <translation>ไม่สามารถบันทึกแฟ้มสำรองข้อมูล {path} ได้ เนื่องจากพื้นที่ดิสก์เต็มหรือดิสก์ขัดข้อง ระบบไม่ได้เปลี่ยนแปลงข้อมูลใด กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup copy {path} could not be written: {reason}</source>
        <translation>ไม่สามารถบันทึกแฟ้มสำรองข้อมูล {path} ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/backups_dialog.py" line="+52"/>
        <source>daily (first start of the day)</source>
        <translation>ประจำวัน (เปิดโปรแกรมครั้งแรกของวัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly (first start after seven days)</source>
        <translation>รายสัปดาห์ (เปิดโปรแกรมครั้งแรกเมื่อครบเจ็ดวัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when the window closed</source>
        <translation>เมื่อปิดหน้าต่างโปรแกรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>ก่อนนำเข้าข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>ก่อนกู้คืนข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by hand</source>
        <translation>สำรองด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily</source>
        <translation>รายวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>รายสัปดาห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>once a day at the first start of the day</source>
        <translation>วันละครั้งเมื่อเปิดโปรแกรมครั้งแรกของวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a week, at the first start seven days after the latest copy</source>
        <translation>สัปดาห์ละครั้ง เมื่อเปิดโปรแกรมครั้งแรกหลังแฟ้มสำรองล่าสุดครบเจ็ดวัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not on a schedule (turned off)</source>
        <translation>ไม่สำรองตามกำหนด (ปิดไว้)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Backups of the database</source>
        <translation>แฟ้มสำรองของฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Taken</source>
        <translation>วันเวลาที่สำรอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no automatic copy of this database yet.</source>
        <translation>ยังไม่มีแฟ้มสำรองอัตโนมัติของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this copy…</source>
        <translation>กู้คืนจากแฟ้มสำรองนี้…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from another file…</source>
        <translation>กู้คืนจากแฟ้มอื่น…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only an administrator may restore a backup.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่กู้คืนข้อมูลสำรองได้</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VocDesk copies this database by itself: {when}; and when the window closes, before every import and before a restore. It keeps the newest copy of each day, week and month, for the latest days: {daily}, weeks: {weekly}, months: {monthly}. The copies are in {folder}.</source>
        <translation>VocDesk สำรองฐานข้อมูลนี้เอง: {when} และเมื่อปิดหน้าต่างโปรแกรม ก่อนการนำเข้าข้อมูลทุกครั้ง และก่อนการกู้คืน โดยเก็บแฟ้มสำรองล่าสุดของแต่ละวัน สัปดาห์ และเดือนไว้ ย้อนหลัง {daily} วัน {weekly} สัปดาห์ และ {monthly} เดือน แฟ้มสำรองอยู่ที่ {folder}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The schedule was saved.</source>
        <translation>บันทึกกำหนดการสำรองข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Restore the database from</source>
        <translation>กู้คืนฐานข้อมูลจาก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VocDesk databases (*.sqlite *.db *.bak)</source>
        <translation>ฐานข้อมูล VocDesk (*.sqlite *.db *.bak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the database</source>
        <translation>กู้คืนฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the open database by the copy {which}? The copy is checked first; the database as it is now is kept in the backups folder.</source>
        <translation>ต้องการแทนที่ฐานข้อมูลที่เปิดอยู่ด้วยแฟ้มสำรอง {which} หรือไม่ ระบบจะตรวจสอบแฟ้มสำรองก่อน และเก็บฐานข้อมูลปัจจุบันไว้ในโฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore the latest backup?</source>
        <translation>กู้คืนจากแฟ้มสำรองล่าสุดหรือไม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {path} could not be opened. Restore its latest backup, taken {taken}? The file as it is now is kept in the backups folder.</source>
        <translation>ไม่สามารถเปิดฐานข้อมูล {path} ได้ ต้องการกู้คืนจากแฟ้มสำรองล่าสุดซึ่งสำรองไว้เมื่อ {taken} หรือไม่ แฟ้มปัจจุบันจะเก็บไว้ในโฟลเดอร์สำรองข้อมูล</translation>
    </message>
</context>
<context>
    <name>BandConvention</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="-107"/>
        <source>Equal widths (1.00–1.80 … 4.21–5.00)</source>
        <extracomment>ช่วงกว้างเท่ากัน (1.00–1.80 … 4.21–5.00)</extracomment>
        <translation>ช่วงกว้างเท่ากัน (1.00–1.80 … 4.21–5.00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding (1.00–1.50 … 4.51–5.00)</source>
        <extracomment>ปัดเศษ (1.00–1.50 … 4.51–5.00)</extracomment>
        <translation>ปัดเศษ (1.00–1.50 … 4.51–5.00)</translation>
    </message>
</context>
<context>
    <name>BenchmarkCheck</name>
    <message>
        <location filename="../src/vocdesk/domain/surveys/benchmark.py" line="+99"/>
        <source>A percent must lie between 0 and 100; {value} does not.</source>
        <translation>ค่าร้อยละต้องอยู่ระหว่าง 0 ถึง 100 แต่ {value} ไม่อยู่ในช่วงนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mean on a {points}-point scale must lie between 1 and {points}; {value} does not.</source>
        <translation>ค่าเฉลี่ยของมาตรวัด {points} ระดับต้องอยู่ระหว่าง 1 ถึง {points} แต่ {value} ไม่อยู่ในช่วงนี้</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The comparator&apos;s result was not saved:
{problems}</source>
        <translation>ยังไม่ได้บันทึกผลของคู่เทียบ:
{problems}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the comparator organisation.</source>
        <translation>ระบุชื่อหน่วยงานคู่เทียบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fiscal year {year} is not a Buddhist Era year (e.g. 2568).</source>
        <translation>ปีงบประมาณ {year} ไม่ใช่ปี พ.ศ. (เช่น 2568)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation>ยาวเกินไป: {length} ตัวอักษร ได้ไม่เกิน {limit}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/surveys/benchmarks.py" line="+343"/>
        <source>There is no dimension “{value}” in the catalogue.</source>
        <translation>ไม่มีด้าน “{value}” ในรายการด้าน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The survey has no rating item with the code “{value}”.</source>
        <translation>แบบสำรวจนี้ไม่มีข้อคำถามแบบมาตรวัดรหัส “{value}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item “{item}” is not in dimension “{dimension}”: give the item alone.</source>
        <translation>ข้อคำถาม “{item}” ไม่อยู่ในด้าน “{dimension}” ให้ระบุเฉพาะข้อคำถาม</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{organisation} already has a result for {year} at this level; edit that one.</source>
        <translation>{organisation} มีผลของปี {year} ในระดับนี้อยู่แล้ว ให้แก้ไขรายการเดิม</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The survey is no longer in the database.</source>
        <translation>แบบสำรวจนี้ไม่อยู่ในฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comparator&apos;s result is no longer in the database; someone may have deleted it.</source>
        <translation>ผลของคู่เทียบรายการนี้ไม่อยู่ในฐานข้อมูลแล้ว อาจมีผู้ลบไปแล้ว</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is no survey with the code “{value}”.</source>
        <translation>ไม่มีแบบสำรวจรหัส “{value}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the same organisation, year and level as row {first_row}.</source>
        <translation>หน่วยงาน ปี และระดับซ้ำกับแถว {first_row}</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/benchmark_dialog.py" line="+150"/>
        <source>– (the value does not fit the scale)</source>
        <translation>– (ค่าไม่อยู่ในช่วงของมาตรวัด)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparator&apos;s result</source>
        <translation>ผลของคู่เทียบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New comparator&apos;s result</source>
        <translation>เพิ่มผลของคู่เทียบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;หน่วยงาน:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Level:</source>
        <translation>&amp;ระดับที่เทียบ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Fiscal year:</source>
        <translation>ปี&amp;งบประมาณ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value:</source>
        <translation>&amp;ค่า:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Scale:</source>
        <translation>&amp;มาตรวัด:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As a percent score:</source>
        <translation>คิดเป็นร้อยละ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource:</source>
        <translation>แ&amp;หล่งที่มา:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A peer agency or competitor offering similar services</source>
        <translation>หน่วยงานที่ให้บริการคล้ายกันหรือคู่แข่ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report or web page the result is from</source>
        <translation>รายงานหรือเว็บไซต์ที่เผยแพร่ผลนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mean (1–4 or 1–5) or a percent (0–100), as the comparator published it</source>
        <translation>ค่าเฉลี่ย (1–4 หรือ 1–5) หรือร้อยละ (0–100) ตามที่คู่เทียบเผยแพร่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dimension: {name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item: {text}</source>
        <translation>ข้อ: {text}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>BenchmarkModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/benchmark_model.py" line="+29"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{organisation} ({year})</source>
        <translation>{organisation} ({year})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ours (%)</source>
        <translation>ของเรา (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our percent score: the mean ÷ the scale&apos;s points × 100</source>
        <translation>คะแนนร้อยละของเรา: ค่าเฉลี่ย ÷ จำนวนระดับของมาตรวัด × 100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ours − theirs, in percentage points: positive when we score higher</source>
        <translation>ของเรา − ของคู่เทียบ (จุดร้อยละ): เป็นบวกเมื่อเราได้คะแนนสูงกว่า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{comparator}: the result as a percent score</source>
        <translation>{comparator}: ผลคิดเป็นคะแนนร้อยละ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Published as {value} ({scale})</source>
        <translation>ค่าที่เผยแพร่ {value} ({scale})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>Level</source>
        <translation>ระดับที่เทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>มาตรวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/benchmark_page.py" line="+159"/>
        <source>Benchmarks</source>
        <translation>การเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Comparing with the comparators…</source>
        <translation>กำลังเปรียบเทียบกับคู่เทียบ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a survey to compare it with other agencies.</source>
        <translation>เลือกแบบสำรวจเพื่อเปรียบเทียบกับหน่วยงานอื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading…</source>
        <translation>กำลังอ่านข้อมูล…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} {title}: ours beside the comparators</source>
        <translation>{code} {title}: ผลของเราเทียบกับคู่เทียบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Percent score: ours and the comparators&apos;</source>
        <translation>คะแนนร้อยละ: ของเราและของคู่เทียบ</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Delete comparator&apos;s result</source>
        <translation>ลบผลของคู่เทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the result of {organisation} for {year}?</source>
        <translation>ลบผลของ {organisation} ปี {year} หรือไม่</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every figure is a percent score: a mean ÷ the scale&apos;s points × 100 (4.21 on a 5-point scale is 84.2%), a percent as published. Difference: ours − theirs, in percentage points; green when we score higher.</source>
        <translation>ทุกค่าเป็นคะแนนร้อยละ: ค่าเฉลี่ย ÷ จำนวนระดับของมาตรวัด × 100 (4.21 จากมาตรวัด 5 ระดับ เท่ากับร้อยละ 84.2) ค่าร้อยละใช้ตามที่เผยแพร่ ผลต่าง = ของเรา − ของคู่เทียบ (จุดร้อยละ) สีเขียวเมื่อเราได้คะแนนสูงกว่า</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>เ&amp;พิ่ม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;นำเข้าไฟล์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparators&apos; results as entered or imported</source>
        <translation>ผลของคู่เทียบที่บันทึกหรือนำเข้า</translation>
    </message>
</context>
<context>
    <name>BenchmarkScale</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+4"/>
        <source>4-point scale</source>
        <extracomment>มาตราส่วน 4 ระดับ</extracomment>
        <translation>มาตราส่วน 4 ระดับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5-point scale</source>
        <extracomment>มาตราส่วน 5 ระดับ</extracomment>
        <translation>มาตราส่วน 5 ระดับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent</source>
        <extracomment>ร้อยละ</extracomment>
        <translation>ร้อยละ</translation>
    </message>
</context>
<context>
    <name>BuddhistCalendar</name>
    <message>
        <location filename="../src/vocdesk/ui/widgets/be_date_edit.py" line="+197"/>
        <source>Previous month</source>
        <translation>เดือนก่อนหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
</context>
<context>
    <name>BuddhistDateEdit</name>
    <message>
        <location line="+186"/>
        <source>dd/mm/yyyy</source>
        <translation>วว/ดด/ปปปป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a date from the calendar (F4)</source>
        <translation>เลือกวันที่จากปฏิทิน (F4)</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../src/vocdesk/services/exchange/bundle_file.py" line="+71"/>
        <source>{path} is not a VocDesk bundle.</source>
        <translation>{path} ไม่ใช่ไฟล์แลกเปลี่ยนข้อมูลของ VocDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle {path} is damaged or incomplete (its checksum does not match): nothing was read from it. Copy it again, or ask the sending office to send it again.</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูล {path} เสียหายหรือไม่ครบ (ค่าตรวจสอบไม่ตรงกัน) จึงไม่ได้อ่านข้อมูลใดจากไฟล์ โปรดคัดลอกไฟล์อีกครั้ง หรือขอให้สำนักงานผู้ส่งส่งมาใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle {path} was made by a newer VocDesk (bundle format {found}; this VocDesk reads format {known}). Update VocDesk to receive it.</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูล {path} สร้างด้วย VocDesk รุ่นที่ใหม่กว่า (รูปแบบไฟล์ {found} แต่ VocDesk นี้อ่านได้ถึงรูปแบบ {known}) โปรดปรับรุ่น VocDesk ก่อนรับไฟล์นี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong passphrase: it does not open the bundle {path}. Use the passphrase the two offices agreed on (capital letters and the keyboard language count).</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง เปิดไฟล์แลกเปลี่ยนข้อมูล {path} ไม่ได้ โปรดใช้วลีรหัสผ่านที่สองสำนักงานตกลงกันไว้ (ตัวพิมพ์ใหญ่-เล็กและภาษาของแป้นพิมพ์มีผล)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle {path} was altered after it was made (its contents do not match its header), so it cannot be trusted. Ask the sending office for a new one.</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูล {path} ถูกแก้ไขหลังจากสร้าง (เนื้อหาไม่ตรงกับส่วนหัวของไฟล์) จึงเชื่อถือไม่ได้ โปรดขอไฟล์ใหม่จากสำนักงานผู้ส่ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle {path} could not be read: {reason}.</source>
        <translation>อ่านไฟล์แลกเปลี่ยนข้อมูล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle {path} could not be written: {reason}.</source>
        <translation>บันทึกไฟล์แลกเปลี่ยนข้อมูล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bundle&apos;s passphrase needs at least {count} characters.</source>
        <translation>วลีรหัสผ่านของไฟล์แลกเปลี่ยนข้อมูลต้องมีอย่างน้อย {count} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/tab.py" line="+117"/>
        <source>Cases</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Queue:</source>
        <translation>&amp;คิวงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register case…</source>
        <translation>&amp;รับเรื่องใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new complaint case (Ctrl+Shift+N)</source>
        <translation>รับเรื่องร้องเรียนใหม่ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open case</source>
        <translation>&amp;เปิดเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories and standards…</source>
        <translation>ประเภทเรื่องและมาตรฐานการให้บริการ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by number, subject, category, unit or the officer assigned</source>
        <translation>ค้นหาตามเลขที่ เรื่อง ประเภท หน่วยงาน หรือผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>CellCheck</name>
    <message>
        <location filename="../src/vocdesk/io/cells.py" line="+77"/>
        <location filename="../src/vocdesk/services/complaints/transfer_columns.py" line="+83"/>
        <source>the text has {length} characters; at most {limit} fit.</source>
        <translation>ข้อความยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/vocdesk/services/surveys/benchmark_columns.py" line="+58"/>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} อยู่นอกช่วง {low}–{high}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{value}” is not yes or no (write yes/no or ใช่/ไม่ใช่).</source>
        <translation>“{value}” ไม่ใช่ ใช่ หรือ ไม่ใช่ (เขียน ใช่/ไม่ใช่ หรือ yes/no)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>“{value}” is not a date and time: write it as dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm+07:00.</source>
        <translation>“{value}” ไม่ใช่วันที่และเวลา ให้เขียนเป็น วว/ดด/ปปปป ชช:นน หรือ yyyy-mm-ddThh:mm+07:00</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{value}” has an impossible time of day.</source>
        <translation>“{value}” มีเวลาที่เป็นไปไม่ได้</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation>“{value}” ไม่ใช่ค่าที่รับได้ ({choices})</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>“{value}” is not a VocDesk record id.</source>
        <translation>“{value}” ไม่ใช่รหัสรายการของ VocDesk</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/registry/transfer_columns.py" line="+121"/>
        <source>“{value}” is not one of the 77 provinces.</source>
        <translation>“{value}” ไม่ใช่ชื่อจังหวัดใน 77 จังหวัด</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/surveys/benchmark_columns.py" line="-13"/>
        <location line="+4"/>
        <location filename="../src/vocdesk/services/surveys/structure_file.py" line="+87"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/relationships/activity_transfer.py" line="-127"/>
        <source>“{value}” is not a VocDesk id; separate the ids with “;”.</source>
        <translation>“{value}” ไม่ใช่รหัสของ VocDesk โปรดคั่นรหัสแต่ละรายการด้วย “;”</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/change_password_dialog.py" line="+71"/>
        <location line="+17"/>
        <source>Change password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>An administrator set your password: choose your own before you go on. To leave without it, sign out.</source>
        <translation>ผู้ดูแลระบบตั้งรหัสผ่านให้ท่าน กรุณาตั้งรหัสผ่านของท่านเองก่อนใช้งานต่อ หากไม่ต้องการ ให้ออกจากระบบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>พิมพ์รหัสผ่านปัจจุบัน แล้วพิมพ์รหัสผ่านใหม่สองครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current password:</source>
        <translation>รหัสผ่านปัจจุบัน(&amp;C):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New password:</source>
        <translation>รหัสผ่านใหม่(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>ยืนยันรหัสผ่านใหม่(&amp;A):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ChannelCheck</name>
    <message>
        <location filename="../src/vocdesk/services/listening/channels.py" line="+74"/>
        <source>Give the channel a name.</source>
        <translation>กรุณาตั้งชื่อช่องทาง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A channel&apos;s name has at most {limit} characters.</source>
        <translation>ชื่อช่องทางยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is already a channel named “{name}”.</source>
        <translation>มีช่องทางชื่อ “{name}” อยู่แล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>“{name}” is used by %Ln entries and complaints, so it cannot be deleted; make it inactive instead.</source>
        <translation>
            <numerusform>“{name}” มีการใช้ในบันทึกการรับฟังและเรื่องร้องเรียน %Ln รายการ จึงลบไม่ได้ โปรดตั้งสถานะเป็นเลิกใช้แทน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{name}” is still in use, so it cannot be deleted; make it inactive instead.</source>
        <translation>“{name}” ยังมีการใช้งานอยู่ จึงลบไม่ได้ โปรดตั้งสถานะเป็นเลิกใช้แทน</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The channel no longer exists.</source>
        <translation>ไม่พบช่องทางนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>ChannelStageModel</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/summary_model.py" line="+62"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/channels_dialog.py" line="+154"/>
        <source>The channel was added.</source>
        <translation>เพิ่มช่องทางแล้ว</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The channel was saved.</source>
        <translation>บันทึกช่องทางแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The channel was deleted.</source>
        <translation>ลบช่องทางแล้ว</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Channels</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digital</source>
        <translation>ช่องทางดิจิทัล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries and complaints</source>
        <translation>บันทึกการรับฟังและเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;Thai:</source>
        <translation>ชื่อภาษาไทย(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in &amp;English:</source>
        <translation>ชื่อภาษาอังกฤษ(&amp;E):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Digital (IT or social media)</source>
        <translation>ช่องทางดิจิทัล (ไอทีหรือสื่อสังคมออนไลน์)(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In use (offered for new entries)</source>
        <translation>ใช้งานอยู่ (แสดงให้เลือกในบันทึกใหม่)(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add as new</source>
        <translation>เพิ่มเป็นช่องทางใหม่(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save changes</source>
        <translation>บันทึกการแก้ไข(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De&amp;lete</source>
        <translation>ลบ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง(&amp;W)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../src/vocdesk/ui/widgets/charts.py" line="+197"/>
        <source>No data</source>
        <translation>ไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/vocdesk/cli/main.py" line="+32"/>
        <source>The file {path} could not be used: {reason}. The system&apos;s own words are in {log}.</source>
        <translation>ไม่สามารถใช้ไฟล์ {path} ได้ เนื่องจาก{reason} ข้อความเดิมของระบบบันทึกไว้ที่ {log}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Interrupted.</source>
        <translation>ยกเลิกการทำงานแล้ว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unexpected error ({summary}). The details are in {log}.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({summary}) รายละเอียดอยู่ในไฟล์ {log}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/parser.py" line="+46"/>
        <source>must be a whole number of 1 or more, not {value}</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../src/vocdesk/cli/pdpa_due.py" line="+31"/>
        <source>not a date written YYYY-MM-DD (Common Era): {value}</source>
        <translation>ไม่ใช่วันที่ในรูปแบบ YYYY-MM-DD (ปีคริสต์ศักราช): {value}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>VocDesk: the voice of the customer for Thai government agencies (PMQA category 3).</source>
        <translation>VocDesk: เสียงของผู้รับบริการสำหรับหน่วยงานภาครัฐไทย (PMQA หมวด 3)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/encryption.py" line="+30"/>
        <source>encrypt a database file under a passphrase, change the passphrase, or decrypt it</source>
        <translation>เข้ารหัสไฟล์ฐานข้อมูลด้วยวลีรหัสผ่าน เปลี่ยนวลีรหัสผ่าน หรือถอดรหัส</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../src/vocdesk/cli/groups.py" line="+33"/>
        <source>the database file (default: the default database)</source>
        <translation>ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: ฐานข้อมูลเริ่มต้น)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encrypt the database file under a new passphrase (an administrator&apos;s action; a lost passphrase means lost data)</source>
        <translation>เข้ารหัสไฟล์ฐานข้อมูลด้วยวลีรหัสผ่านใหม่ (สำหรับผู้ดูแลระบบ หากลืมวลีรหัสผ่าน ข้อมูลจะสูญหาย)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove the encryption: the database file becomes a plain SQLite file again</source>
        <translation>ถอดการเข้ารหัส ไฟล์ฐานข้อมูลจะกลับเป็นไฟล์ SQLite ธรรมดา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change the passphrase of an encrypted database file</source>
        <translation>เปลี่ยนวลีรหัสผ่านของไฟล์ฐานข้อมูลที่เข้ารหัสไว้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new passphrase: the first line of FILE (default: asked twice on the terminal)</source>
        <translation>วลีรหัสผ่านใหม่: บรรทัดแรกของ FILE (ค่าเริ่มต้น: ถามสองครั้งทางเทอร์มินัล)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/bundle.py" line="+91"/>
        <location filename="../src/vocdesk/cli/encryption.py" line="+7"/>
        <source>an encrypted database&apos;s passphrase: the first line of FILE (default: asked on the terminal)</source>
        <translation>วลีรหัสผ่านของฐานข้อมูลที่เข้ารหัสไว้: บรรทัดแรกของ FILE (ค่าเริ่มต้น: ถามทางเทอร์มินัล)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/encryption.py" line="+15"/>
        <source>Passphrase of {path}: </source>
        <translation>วลีรหัสผ่านของ {path}: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New passphrase (at least 10 characters): </source>
        <translation>วลีรหัสผ่านใหม่ (อย่างน้อย 10 ตัวอักษร): </translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/bundle.py" line="-55"/>
        <source>Packed {done} of {total} records…</source>
        <translation>จัดเตรียมแล้ว {done} จาก {total} รายการ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged {done} of {total} records…</source>
        <translation>รวมข้อมูลแล้ว {done} จาก {total} รายการ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalogues, service standards and holidays</source>
        <translation>รายการข้อมูลหลัก มาตรฐานการให้บริการ และวันหยุดราชการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stakeholders</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening and improvements</source>
        <translation>การรับฟังและการปรับปรุง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surveys</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities and reminders</source>
        <translation>กิจกรรมและการแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data (PDPA)</source>
        <translation>ข้อมูลส่วนบุคคล (PDPA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other records</source>
        <translation>ข้อมูลอื่น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exchange records with another office: a bundle (one encrypted file) of what changed, written or merged</source>
        <translation>แลกเปลี่ยนข้อมูลกับสำนักงานอื่น: เขียนหรือรวมไฟล์แลกเปลี่ยนข้อมูล (ไฟล์เดียวที่เข้ารหัสไว้) ของสิ่งที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the bundle&apos;s passphrase, the one the two offices agreed on: the first line of FILE (default: asked on the terminal)</source>
        <translation>วลีรหัสผ่านของไฟล์แลกเปลี่ยนข้อมูลที่สองสำนักงานตกลงกันไว้: บรรทัดแรกของ FILE (ค่าเริ่มต้น: ถามทางเทอร์มินัล)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write a bundle of what changed since the last bundle sent to the office (or everything), encrypted under the passphrase the two offices share</source>
        <translation>เขียนไฟล์แลกเปลี่ยนข้อมูลของสิ่งที่เปลี่ยนแปลงตั้งแต่ไฟล์ล่าสุดที่ส่งให้สำนักงานนั้น (หรือทั้งหมด) เข้ารหัสด้วยวลีรหัสผ่านที่สองสำนักงานใช้ร่วมกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bundle file to write, e.g. CNX-to-BKK.vocbundle (replaced if it exists)</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลที่จะเขียน เช่น CNX-to-BKK.vocbundle (เขียนทับหากมีอยู่แล้ว)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the code of the office the bundle is for, e.g. BKK: it holds what changed since the last bundle sent there (the first one holds everything, as does a bundle for no office named)</source>
        <translation>รหัสของสำนักงานที่จะรับไฟล์ เช่น BKK: ไฟล์จะมีสิ่งที่เปลี่ยนแปลงตั้งแต่ไฟล์ล่าสุดที่ส่งไปที่นั่น (ไฟล์แรกมีข้อมูลทั้งหมด เช่นเดียวกับไฟล์ที่ไม่ระบุสำนักงาน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every record, not only what changed since the last bundle (for a new office, or to start over)</source>
        <translation>ทุกรายการ ไม่ใช่เฉพาะสิ่งที่เปลี่ยนแปลงตั้งแต่ไฟล์ล่าสุด (สำหรับสำนักงานใหม่ หรือเพื่อเริ่มต้นใหม่)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge a bundle from another office into the database: checked whole before anything is written, all or nothing; the same bundle again changes nothing</source>
        <translation>รวมไฟล์แลกเปลี่ยนข้อมูลจากสำนักงานอื่นเข้าฐานข้อมูล: ตรวจสอบทั้งไฟล์ก่อนบันทึกสิ่งใด บันทึกทั้งหมดหรือไม่บันทึกเลย รับไฟล์เดิมซ้ำจะไม่เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bundle file another office sent</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลที่สำนักงานอื่นส่งมา</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Written {path} for {office}: %Ln change(s).</source>
        <translation>
            <numerusform>เขียน {path} สำหรับ {office} แล้ว: %Ln รายการที่เปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Written {path}: %Ln change(s).</source>
        <translation>
            <numerusform>เขียน {path} แล้ว: %Ln รายการที่เปลี่ยนแปลง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing changed: {path} (bundle {sequence} from {office}) had been received already.</source>
        <translation>ไม่มีสิ่งใดเปลี่ยนแปลง: ได้รับ {path} (ไฟล์ที่ {sequence} จาก {office}) ไว้แล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed: everything in {path} (from {office}) was here already.</source>
        <translation>ไม่มีสิ่งใดเปลี่ยนแปลง: ทุกอย่างใน {path} (จาก {office}) มีอยู่ที่นี่แล้ว</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Merged {path} from {office}: %Ln change(s) ({added} added, {updated} updated, {deleted} deleted).</source>
        <translation>
            <numerusform>รวม {path} จาก {office} แล้ว: %Ln รายการที่เปลี่ยนแปลง (เพิ่ม {added} แก้ไข {updated} ลบ {deleted})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln field(s) had been changed in both offices: the newer value was kept, and the other is kept for review in the window.</source>
        <translation>
            <numerusform>%Ln ช่องข้อมูลถูกแก้ไขทั้งสองสำนักงาน: ใช้ค่าที่ใหม่กว่า และเก็บอีกค่าไว้ให้ตรวจทานในหน้าต่างโปรแกรม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln record(s) were left as they are here: anonymised or deleted here, or changed here after the other office deleted them.</source>
        <translation>
            <numerusform>%Ln รายการคงไว้ตามที่มีอยู่ที่นี่: ถูกทำให้เป็นข้อมูลนิรนามหรือถูกลบที่นี่ หรือถูกแก้ไขที่นี่หลังจากสำนักงานอื่นลบไปแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The bundle&apos;s passphrase (at least {count} characters; the receiving office needs the same one): </source>
        <translation>วลีรหัสผ่านของไฟล์แลกเปลี่ยนข้อมูล (อย่างน้อย {count} ตัวอักษร สำนักงานผู้รับต้องใช้วลีเดียวกัน): </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/vocdesk/cli/encryption.py" line="+2"/>
        <source>The same passphrase again: </source>
        <translation>พิมพ์วลีรหัสผ่านเดิมอีกครั้ง: </translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/vocdesk/cli/encryption.py" line="+2"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>วลีรหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase of the bundle {path}: </source>
        <translation>วลีรหัสผ่านของไฟล์แลกเปลี่ยนข้อมูล {path}: </translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/encryption.py" line="+11"/>
        <source>The passphrase file {path} could not be read: {reason}.</source>
        <translation>อ่านไฟล์วลีรหัสผ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase file {path} is empty.</source>
        <translation>ไฟล์วลีรหัสผ่าน {path} ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is now encrypted. Keep the passphrase safe: without it nobody can open the file or its backups.</source>
        <translation>เข้ารหัส {path} แล้ว โปรดเก็บวลีรหัสผ่านไว้ให้ปลอดภัย หากไม่มีวลีนี้ จะไม่มีใครเปิดไฟล์หรือสำเนาสำรองของไฟล์ได้เลย</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is no longer encrypted.</source>
        <translation>{path} ไม่ได้เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passphrase of {path} was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านของ {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/bundle.py" line="+23"/>
        <location filename="../src/vocdesk/cli/encryption.py" line="+11"/>
        <source>No passphrase was given: type it when asked, use --passphrase-file FILE, or (in a script) pipe it as one line on standard input.</source>
        <translation>ไม่ได้ใส่วลีรหัสผ่าน โปรดพิมพ์เมื่อระบบถาม ใช้ --passphrase-file FILE หรือ (ในสคริปต์) ส่งเป็นหนึ่งบรรทัดทางอินพุตมาตรฐาน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/parser.py" line="+43"/>
        <source>open the window (the default)</source>
        <translation>เปิดหน้าต่างโปรแกรม (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>how much data: 1 = about 1,000 stakeholders and 5,000 listening entries</source>
        <translation>ปริมาณข้อมูล: 1 = ผู้รับบริการและผู้มีส่วนได้ส่วนเสียประมาณ 1,000 ราย และบันทึกการรับฟัง 5,000 รายการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same seed always gives the same data</source>
        <translation>ค่า seed เดียวกันให้ข้อมูลชุดเดียวกันเสมอ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the data&apos;s today: its history ends the day before (default: the real date; give a date to repeat a run exactly)</source>
        <translation>วันที่ถือเป็น &quot;วันนี้&quot; ของข้อมูล: ประวัติสิ้นสุดก่อนวันนั้นหนึ่งวัน (ค่าเริ่มต้น: วันที่จริง; ระบุวันที่เพื่อสร้างข้อมูลซ้ำให้เหมือนเดิมทุกประการ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>write a consistent copy of a database (safe while VocDesk is open)</source>
        <translation>สำรองฐานข้อมูลเป็นสำเนาที่สมบูรณ์ (ทำได้แม้ขณะเปิด VocDesk อยู่)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>language of the window and of messages (default: VOCDESK_LANG, else the language last chosen in the window, else Thai)</source>
        <translation>ภาษาของหน้าต่างโปรแกรมและข้อความ (ค่าเริ่มต้น: ตามตัวแปร VOCDESK_LANG หากไม่ได้กำหนดไว้ ใช้ภาษาที่เลือกไว้ล่าสุดในหน้าต่างโปรแกรม หากยังไม่เคยเลือก ใช้ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database to open: a file, or a PostgreSQL server&apos;s URL (postgresql://user@host/name; the password from ~/.pgpass or PGPASSWORD) (default: the last one used, else the default one)</source>
        <translation>ฐานข้อมูลที่จะเปิด: ไฟล์ หรือ URL ของเซิร์ฟเวอร์ PostgreSQL (postgresql://ผู้ใช้@เครื่อง/ชื่อ; รหัสผ่านอ่านจาก ~/.pgpass หรือ PGPASSWORD) (ค่าเริ่มต้น: ฐานข้อมูลที่ใช้ล่าสุด หรือฐานข้อมูลเริ่มต้น)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check that this installation works (in a temporary folder; exit code 0 when it does)</source>
        <translation>ตรวจสอบว่าโปรแกรมที่ติดตั้งไว้ทำงานได้ครบถ้วน (ทำงานในโฟลเดอร์ชั่วคราว รหัสออกเป็น 0 เมื่อผ่านทุกขั้นตอน)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/bundle.py" line="-160"/>
        <location filename="../src/vocdesk/cli/parser.py" line="+15"/>
        <source>the database file, or a PostgreSQL server&apos;s URL (postgresql://user@host/name) (default: the default database)</source>
        <translation>ไฟล์ฐานข้อมูล หรือ URL ของเซิร์ฟเวอร์ PostgreSQL (postgresql://ผู้ใช้@เครื่อง/ชื่อ) (ค่าเริ่มต้น: ฐานข้อมูลเริ่มต้น)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/parser.py" line="+11"/>
        <source>create a database filled with realistic demonstration data, its administrator and demonstration accounts</source>
        <translation>สร้างฐานข้อมูลที่มีข้อมูลตัวอย่างเสมือนจริง พร้อมผู้ดูแลระบบและบัญชีผู้ใช้ตัวอย่าง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>check a database&apos;s integrity and schema version without changing it (reads no records: no sign-in)</source>
        <translation>ตรวจความสมบูรณ์และรุ่นโครงสร้างของฐานข้อมูลโดยไม่แก้ไขสิ่งใด (ไม่อ่านระเบียนข้อมูล จึงไม่ต้องเข้าสู่ระบบ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the copy to write, e.g. backup.sqlite (or give it with --out); a missing folder is created</source>
        <translation>ไฟล์สำรองที่จะเขียน เช่น backup.sqlite (หรือระบุด้วย --out) หากยังไม่มีโฟลเดอร์ ระบบจะสร้างให้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the copy to write</source>
        <translation>ไฟล์สำเนาที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a backup copy back as the database, after checking it; the database as it was is kept in the backups folder</source>
        <translation>กู้คืนฐานข้อมูลจากแฟ้มสำรองข้อมูลหลังตรวจสอบแฟ้มแล้ว โดยเก็บฐานข้อมูลเดิมไว้ในโฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup copy to restore (it must be sound and from this or an older VocDesk)</source>
        <translation>แฟ้มสำรองข้อมูลที่จะกู้คืน (ต้องไม่เสียหาย และมาจาก VocDesk รุ่นนี้หรือรุ่นก่อนหน้า)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an encrypted copy&apos;s passphrase, when it is not the database&apos;s: the first line of FILE (default: asked on the terminal)</source>
        <translation>วลีรหัสผ่านของสำเนาที่เข้ารหัส เมื่อไม่ใช่วลีรหัสผ่านของฐานข้อมูล: บรรทัดแรกของ FILE (ค่าเริ่มต้น: ถามทางเทอร์มินัล)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load a file (CSV or Excel) into a database: all of it, or nothing if it has any problem</source>
        <translation>นำเข้าไฟล์ (CSV หรือ Excel) สู่ฐานข้อมูล: นำเข้าทั้งไฟล์ หรือไม่นำเข้าเลยหากมีปัญหาใด ๆ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the file holds: {kinds}</source>
        <translation>ชนิดข้อมูลในไฟล์: {kinds}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the file to write: .xlsx for Excel, otherwise CSV; survey and survey-results first take the survey&apos;s code</source>
        <translation>ไฟล์ที่จะเขียน: .xlsx สำหรับ Excel นอกนั้นเป็น CSV; survey และ survey-results ต้องระบุรหัสแบบสำรวจก่อนชื่อไฟล์</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the agency&apos;s settings that reports print: names, logo, privacy notice, Thai digits</source>
        <translation>การตั้งค่าของหน่วยงานที่พิมพ์ในรายงาน: ชื่อหน่วยงาน ตราสัญลักษณ์ คำประกาศความเป็นส่วนตัว เลขไทย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change one setting</source>
        <translation>เปลี่ยนการตั้งค่าหนึ่งรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the setting: {keys}</source>
        <translation>การตั้งค่า: {keys}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text; for logo an image file (PNG or JPEG; &quot;&quot; removes the logo); for thai_digits yes or no</source>
        <translation>ข้อความ สำหรับ logo ให้ระบุไฟล์ภาพ (PNG หรือ JPEG; &quot;&quot; คือนำตราสัญลักษณ์ออก) สำหรับ thai_digits ให้ระบุ yes หรือ no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print every setting as KEY = VALUE</source>
        <translation>แสดงการตั้งค่าทุกรายการในรูปแบบ KEY = VALUE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>print a PDF report: the PMQA category 3 evidence pack, complaints, a survey, a stakeholder&apos;s profile, a complaint&apos;s acknowledgement letter or a paper questionnaire</source>
        <translation>พิมพ์รายงาน PDF: ชุดหลักฐาน PMQA หมวด 3 รายงานข้อร้องเรียน ผลการสำรวจ ประวัติผู้มีส่วนได้ส่วนเสีย หนังสือตอบรับเรื่องร้องเรียน หรือแบบสอบถามฉบับพิมพ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report: {kinds}</source>
        <translation>รายงานที่ต้องการ: {kinds}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PDF file to write</source>
        <translation>ไฟล์ PDF ที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the report&apos;s language (default: the language of messages)</source>
        <translation>ภาษาของรายงาน (ค่าเริ่มต้น: ภาษาเดียวกับข้อความ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the fiscal year: 2569 (B.E., above 2400) or 2026 (C.E.); default: the current one</source>
        <translation>ปีงบประมาณ: 2569 (พ.ศ. เมื่อมากกว่า 2400) หรือ 2026 (ค.ศ.) ค่าเริ่มต้น: ปีงบประมาณปัจจุบัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>h1 (October–March, the 6-month round), h2 (April–September), full (the whole fiscal year, the default) or a month YYYY-MM</source>
        <translation>h1 (ตุลาคม–มีนาคม รอบ 6 เดือน) h2 (เมษายน–กันยายน) full (ทั้งปีงบประมาณ ค่าเริ่มต้น) หรือเดือนในรูปแบบ YYYY-MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>which one: the stakeholder&apos;s id or national ID, the complaint&apos;s case number, or the survey&apos;s code</source>
        <translation>ระบุเรื่องของรายงาน: รหัสหรือเลขประจำตัวประชาชนของผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย เลขที่เรื่องร้องเรียน หรือรหัสแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>print complainants&apos; names and stakeholders&apos; identifiers in full (masked by default)</source>
        <translation>แสดงชื่อผู้ร้องเรียนและเลขประจำตัวของผู้รับบริการและผู้มีส่วนได้ส่วนเสียเต็ม (ค่าเริ่มต้นจะปกปิดไว้)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/progress.py" line="+32"/>
        <source>Checked {done} of {total} rows…</source>
        <translation>ตรวจแล้ว {done} จาก {total} แถว…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {done} of {total} rows…</source>
        <translation>นำเข้าแล้ว {done} จาก {total} แถว…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported {done} of {total} rows…</source>
        <translation>ส่งออกแล้ว {done} จาก {total} แถว…</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/transfer.py" line="+52"/>
        <source>--survey is for importing responses, not {kind}.</source>
        <translation>--survey ใช้กับการนำเข้าคำตอบ (responses) เท่านั้น ไม่ใช้กับ {kind}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write it as: vocdesk export {kind} CODE FILE</source>
        <translation>ให้เขียนว่า: vocdesk export {kind} รหัส ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write it as: vocdesk export {kind} FILE</source>
        <translation>ให้เขียนว่า: vocdesk export {kind} ไฟล์</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>{kind}: %Ln row(s) imported ({added} added, {updated} updated) into {path}</source>
        <translation>
            <numerusform>{kind}: นำเข้า %Ln แถว (เพิ่มใหม่ {added} แถว ปรับปรุง {updated} แถว) สู่ {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--purpose is for exporting contacts, not {kind}.</source>
        <translation>--purpose ใช้กับการส่งออก contacts เท่านั้น ใช้กับ {kind} ไม่ได้</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{kind}: %Ln row(s) exported to {path}</source>
        <translation>
            <numerusform>{kind}: ส่งออก %Ln แถวไปยัง {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--map {item}: write it as COLUMN:TEXT=VALUE, e.g. status:ปิดเรื่อง=closed.</source>
        <translation>--map {item}: ให้เขียนในรูปแบบ COLUMN:TEXT=VALUE เช่น status:ปิดเรื่อง=closed</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/parser.py" line="-107"/>
        <source>the CSV (UTF-8 or Thai Windows) or XLSX file</source>
        <translation>ไฟล์ CSV (UTF-8 หรือภาษาไทยของ Windows) หรือไฟล์ XLSX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>responses: the code of the survey the answers belong to, e.g. SAT-2569</source>
        <translation>responses: รหัสแบบสำรวจที่คำตอบเป็นของ เช่น SAT-2569</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read TEXT in COLUMN as VALUE, for a file&apos;s own words (e.g. status:ปิดเรื่อง=closed); may be repeated</source>
        <translation>อ่านคำ TEXT ในคอลัมน์ COLUMN เป็นค่า VALUE สำหรับคำเฉพาะของไฟล์ (เช่น status:ปิดเรื่อง=closed) ระบุได้หลายครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the records of an area to a CSV (UTF-8 with BOM) or Excel file that imports again unchanged</source>
        <translation>ส่งออกข้อมูลของส่วนงานเป็นไฟล์ CSV (UTF-8 มี BOM) หรือ Excel ที่นำเข้าใหม่ได้โดยไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what to export: {kinds}</source>
        <translation>ข้อมูลที่จะส่งออก: {kinds}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only the records these words find, as the tab&apos;s search finds them</source>
        <translation>เฉพาะรายการที่ค้นพบด้วยคำเหล่านี้ เช่นเดียวกับการค้นหาในแท็บ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stakeholders, complaints and contacts: write national IDs, phones, e-mails and addresses whole (needs the personal-data permission; audited); without it they are masked</source>
        <translation>stakeholders, complaints และ contacts: เขียนเลขประจำตัวประชาชน โทรศัพท์ อีเมล และที่อยู่เต็ม (ต้องมีสิทธิ์ข้อมูลส่วนบุคคล และบันทึกในประวัติการใช้งาน) หากไม่ระบุจะถูกปิดบัง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts: only the people with a consent in force for PURPOSE (service, follow_up_survey or news), not restricted and not anonymised; without it, any purpose</source>
        <translation>contacts: เฉพาะผู้ที่ให้ความยินยอมสำหรับ PURPOSE (service, follow_up_survey หรือ news) ที่ยังไม่ถอน ไม่ถูกระงับการใช้ และไม่ถูกทำให้ไม่สามารถระบุตัวบุคคลได้ หากไม่ระบุ จะรวมทุกวัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>save a PNG picture of a tab of the window (no screen needed)</source>
        <translation>บันทึกภาพ PNG ของแท็บในหน้าต่างโปรแกรม (ไม่ต้องมีหน้าจอ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tab to show, or all of them</source>
        <translation>แท็บที่จะแสดง หรือทุกแท็บ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the language of the window in the picture, or both (default: --lang)</source>
        <translation>ภาษาของหน้าต่างโปรแกรมในภาพ หรือทั้งสองภาษา (ค่าเริ่มต้น: --lang)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>surveys tab: the round to show, e.g. SAT-2569 (default: the first in the list)</source>
        <translation>แท็บแบบสำรวจ: รอบการสำรวจที่จะแสดง เช่น SAT-2569 (ค่าเริ่มต้น: รอบแรกในรายการ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>surveys tab: the page to show: results, dissatisfaction, benchmark, entry or double_entry</source>
        <translation>แท็บแบบสำรวจ: หน้าที่จะแสดง: results, dissatisfaction, benchmark, entry หรือ double_entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the PNG file; a folder when several pictures are made ({tab}-{lang}.png in it)</source>
        <translation>ไฟล์ PNG หรือโฟลเดอร์เมื่อสร้างหลายภาพ (ในโฟลเดอร์จะมีไฟล์ {tab}-{lang}.png)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/demo.py" line="+24"/>
        <source>%Ln stakeholder(s)</source>
        <translation>
            <numerusform>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย %Ln ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln stakeholder segment(s)</source>
        <translation>
            <numerusform>กลุ่มผู้รับบริการและผู้มีส่วนได้ส่วนเสีย %Ln กลุ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln listening log entries</source>
        <translation>
            <numerusform>บันทึกการรับฟัง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln listening channel(s)</source>
        <translation>
            <numerusform>ช่องทางการรับฟัง %Ln ช่องทาง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln planned listening channel(s)</source>
        <translation>
            <numerusform>ช่องทางการรับฟังตามแผน %Ln ช่องทาง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey round(s)</source>
        <translation>
            <numerusform>การสำรวจ %Ln รอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey question(s)</source>
        <translation>
            <numerusform>ข้อคำถามในแบบสำรวจ %Ln ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln answer choice(s)</source>
        <translation>
            <numerusform>ตัวเลือกคำตอบ %Ln ตัวเลือก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey dimension(s)</source>
        <translation>
            <numerusform>มิติของแบบสำรวจ %Ln มิติ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey target segment(s)</source>
        <translation>
            <numerusform>กลุ่มเป้าหมายของการสำรวจ %Ln กลุ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey response(s)</source>
        <translation>
            <numerusform>แบบสำรวจที่ตอบกลับ %Ln ชุด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln survey answer(s)</source>
        <translation>
            <numerusform>คำตอบในแบบสำรวจ %Ln คำตอบ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln benchmark result(s)</source>
        <translation>
            <numerusform>ผลเทียบเคียง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>เรื่องร้องเรียน %Ln เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint status change(s)</source>
        <translation>
            <numerusform>การเปลี่ยนสถานะเรื่องร้องเรียน %Ln ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint attachment(s)</source>
        <translation>
            <numerusform>เอกสารแนบเรื่องร้องเรียน %Ln ไฟล์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint categories</source>
        <translation>
            <numerusform>ประเภทเรื่องร้องเรียน %Ln ประเภท</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln root cause(s) of complaints</source>
        <translation>
            <numerusform>สาเหตุของเรื่องร้องเรียน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint officer(s)</source>
        <translation>
            <numerusform>เจ้าหน้าที่รับเรื่องร้องเรียน %Ln คน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln officer access right(s) to confidential cases</source>
        <translation>
            <numerusform>สิทธิ์ของเจ้าหน้าที่ในการเข้าถึงเรื่องลับ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln improvement action(s)</source>
        <translation>
            <numerusform>การปรับปรุง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln link(s) from improvement actions to listening entries</source>
        <translation>
            <numerusform>การเชื่อมโยงการปรับปรุงกับบันทึกการรับฟัง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln link(s) from improvement actions to complaints</source>
        <translation>
            <numerusform>การเชื่อมโยงการปรับปรุงกับเรื่องร้องเรียน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln link(s) from improvement actions to survey findings</source>
        <translation>
            <numerusform>การเชื่อมโยงการปรับปรุงกับผลการสำรวจ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln timeline activities</source>
        <translation>
            <numerusform>กิจกรรมในไทม์ไลน์ความสัมพันธ์ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln activity participant(s)</source>
        <translation>
            <numerusform>ผู้เข้าร่วมกิจกรรม %Ln ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact reminder(s)</source>
        <translation>
            <numerusform>การแจ้งเตือนให้ติดต่อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact interval(s)</source>
        <translation>
            <numerusform>รอบการติดต่อ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln audit log entries</source>
        <translation>
            <numerusform>บันทึกการตรวจสอบย้อนหลัง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln service(s)</source>
        <translation>
            <numerusform>งานบริการ %Ln งาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln link(s) between segments and services</source>
        <translation>
            <numerusform>การเชื่อมโยงกลุ่มกับงานบริการ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln office(s)</source>
        <translation>
            <numerusform>หน่วยงาน %Ln แห่ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln public holiday(s)</source>
        <translation>
            <numerusform>วันหยุดราชการ %Ln วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln agency setting(s)</source>
        <translation>
            <numerusform>การตั้งค่าของหน่วยงาน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln complaint handling setting(s)</source>
        <translation>
            <numerusform>การตั้งค่าการจัดการข้อร้องเรียน %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln privacy notice version(s)</source>
        <translation>
            <numerusform>ประกาศความเป็นส่วนตัว %Ln ฉบับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) of the privacy notice shown to a person</source>
        <translation>
            <numerusform>บันทึกการแจ้งประกาศความเป็นส่วนตัวแก่บุคคล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln consent(s)</source>
        <translation>
            <numerusform>ความยินยอม %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln request(s) of data subjects</source>
        <translation>
            <numerusform>คำขอของเจ้าของข้อมูล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln retention period(s)</source>
        <translation>
            <numerusform>ระยะเวลาการเก็บรักษาข้อมูล %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln retention review(s)</source>
        <translation>
            <numerusform>การทบทวนระยะเวลาการเก็บรักษา %Ln ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln other record(s)</source>
        <translation>
            <numerusform>ข้อมูลอื่น %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path} already has an administrator: demonstration data goes into a new database (give --db a new file).</source>
        <translation>{path} มีผู้ดูแลระบบแล้ว ข้อมูลตัวอย่างต้องใส่ในฐานข้อมูลใหม่เท่านั้น (ระบุไฟล์ใหม่ด้วย --db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo data written to {path} in {seconds} s (scale {scale}, seed {seed}):</source>
        <translation>บันทึกข้อมูลตัวอย่างลงใน {path} แล้ว ใช้เวลา {seconds} วินาที (ปริมาณ {scale}, seed {seed}):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sign in to the window as {login} with the password {password} (demonstration data only: never use it for a real database).</source>
        <translation>เข้าสู่ระบบในหน้าต่างโปรแกรมด้วยชื่อ {login} และรหัสผ่าน {password} (ใช้กับข้อมูลตัวอย่างเท่านั้น ห้ามใช้กับฐานข้อมูลจริง)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  %n officer account(s) with the same password, named as the cases they are assigned to: vocdesk users list --db {path}</source>
        <translation>
            <numerusform>  บัญชีเจ้าหน้าที่ %n บัญชี ใช้รหัสผ่านเดียวกัน ชื่อบัญชีตรงกับชื่อผู้รับผิดชอบในเรื่องร้องเรียน: vocdesk users list --db {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The administrator&apos;s token for commands and scripts: {path} (readable by you only); use it with --token-file {path}</source>
        <translation>โทเค็นของผู้ดูแลระบบสำหรับคำสั่งและสคริปต์: {path} (อ่านได้เฉพาะท่าน) ใช้ด้วย --token-file {path}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/database.py" line="+33"/>
        <source>ok: schema {revision} (head {head})</source>
        <translation>ปกติ: โครงสร้างรุ่น {revision} (รุ่นล่าสุด {head})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not ok: {reason}</source>
        <translation>ไม่ปกติ: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say where to write the copy: vocdesk backup FILE, or vocdesk backup --out FILE.</source>
        <translation>โปรดระบุไฟล์สำรองที่จะเขียน: vocdesk backup ไฟล์ หรือ vocdesk backup --out ไฟล์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy must not overwrite the database itself ({path}).</source>
        <translation>สำเนาต้องไม่เขียนทับไฟล์ฐานข้อมูลต้นฉบับ ({path})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created the folder {path} for the copy.</source>
        <translation>สร้างโฟลเดอร์ {path} สำหรับเก็บไฟล์สำรองแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written to {path} ({size} MB).</source>
        <translation>สำรองข้อมูลไปที่ {path} แล้ว ({size} MB)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/window.py" line="+60"/>
        <source>Screenshot written: {path}</source>
        <translation>บันทึกภาพหน้าจอแล้ว: {path}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/survey_responses.py" line="+28"/>
        <source>Name the survey the answers belong to: vocdesk import responses FILE --survey CODE</source>
        <translation>โปรดระบุแบบสำรวจของคำตอบในไฟล์นี้: vocdesk import responses FILE --survey CODE</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Survey {code}: %Ln response(s) imported ({added} added, {updated} updated) into {path}</source>
        <translation>
            <numerusform>แบบสำรวจ {code}: นำเข้าแบบสำรวจที่ตอบกลับ %Ln ชุด (เพิ่มใหม่ {added} ชุด ปรับปรุง {updated} ชุด) สู่ {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns left out (no question of the survey): {columns}</source>
        <translation>คอลัมน์ที่ไม่ได้นำเข้า (ไม่ใช่คำถามของแบบสำรวจ): {columns}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/settings.py" line="+26"/>
        <source>Setting {key} saved.</source>
        <translation>บันทึกการตั้งค่า {key} แล้ว</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/report.py" line="+37"/>
        <source>Report written to {path} ({size} KB).</source>
        <translation>บันทึกรายงานที่ {path} แล้ว ({size} KB)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/self_test.py" line="+35"/>
        <source>the Thai translation and the fonts are in place</source>
        <translation>มีคำแปลภาษาไทยและแบบอักษรครบถ้วน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VocDesk {version} self-test in {folder}</source>
        <translation>การทดสอบตนเองของ VocDesk {version} ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create a database</source>
        <translation>สร้างฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fill it with demonstration data</source>
        <translation>บรรจุข้อมูลสาธิต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts: an administrator signs in with a password and with a token</source>
        <translation>บัญชีผู้ใช้: ผู้ดูแลระบบเข้าสู่ระบบด้วยรหัสผ่านและด้วยโทเค็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the database</source>
        <translation>ตรวจสอบฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export stakeholders to CSV and import them into a new database</source>
        <translation>ส่งออกข้อมูลผู้รับบริการและผู้มีส่วนได้ส่วนเสียเป็นไฟล์ CSV และนำเข้าสู่ฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bundle sent to another office and received there, encrypted</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลที่เข้ารหัส ส่งไปยังอีกสำนักงานหนึ่งและรับเข้าที่นั่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PostgreSQL driver loads</source>
        <translation>โหลดไดรเวอร์ PostgreSQL ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai PDF: acknowledgement letter</source>
        <translation>PDF ภาษาไทย: หนังสือตอบรับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai PDF: PMQA category 3 report</source>
        <translation>PDF ภาษาไทย: รายงาน PMQA หมวด 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open the window (offscreen)</source>
        <translation>เปิดหน้าต่างโปรแกรม (โดยไม่แสดงบนจอ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Self-test FAILED: {failed} of {total} steps failed ({seconds} s).</source>
        <translation>การทดสอบตนเองไม่ผ่าน: ไม่ผ่าน {failed} จาก {total} ขั้นตอน ({seconds} วินาที)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Self-test passed: all {total} steps in {seconds} s.</source>
        <translation>การทดสอบตนเองผ่านครบทั้ง {total} ขั้นตอน ใช้เวลา {seconds} วินาที</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{seconds} s</source>
        <translation>{seconds} วินาที</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fonts missing from {folder}: {names}</source>
        <translation>ไม่พบแบบอักษรในโฟลเดอร์ {folder}: {names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no Thai translation in {folder}</source>
        <translation>ไม่พบคำแปลภาษาไทยในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+43"/>
        <source>schema {revision}</source>
        <translation>โครงสร้างฐานข้อมูลรุ่น {revision}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{stakeholders} stakeholders, {complaints} complaints</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย {stakeholders} ราย เรื่องร้องเรียน {complaints} เรื่อง</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n บัญชี</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{original} stakeholders, {exported} exported, {imported} imported, {counted} in the new database</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย {original} ราย ส่งออก {exported} ราย นำเข้า {imported} ราย มีในฐานข้อมูลใหม่ {counted} ราย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} stakeholders there and back</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย {number} ราย ส่งออกและนำเข้าครบถ้วน</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{original} stakeholders sent, {counted} at the head office</source>
        <translation>ส่งผู้มีส่วนได้ส่วนเสีย {original} ราย แต่ที่สำนักงานใหญ่มี {counted} ราย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{records} records in {size} KB</source>
        <translation>{records} รายการ ขนาด {size} KB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no complaint to write to</source>
        <translation>ไม่มีเรื่องร้องเรียนสำหรับออกหนังสือตอบรับ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{size} KB, Sarabun embedded</source>
        <translation>ขนาด {size} KB ฝังแบบอักษร Sarabun แล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file is not a PDF</source>
        <translation>ไฟล์ไม่ใช่ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Thai font (Sarabun) is not embedded</source>
        <translation>ไม่ได้ฝังแบบอักษรภาษาไทย (Sarabun) ในไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is cut short</source>
        <translation>ไฟล์ PDF ไม่สมบูรณ์</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the window drew almost nothing ({size} bytes)</source>
        <translation>หน้าต่างแทบไม่แสดงสิ่งใด ({size} ไบต์)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no database (an earlier step failed)</source>
        <translation>ไม่มีฐานข้อมูล (ขั้นตอนก่อนหน้าไม่ผ่าน)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/survey_results.py" line="+22"/>
        <source>Survey {code}: %Ln result row(s) exported to {path}</source>
        <translation>
            <numerusform>แบบสำรวจ {code}: ส่งออกผลการวิเคราะห์ %Ln แถวไปยัง {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/cli/survey_structure.py" line="+44"/>
        <source>Survey {code}: created with %n question(s) in {path}</source>
        <translation>
            <numerusform>แบบสำรวจ {code}: สร้างแล้ว มีข้อคำถาม %n ข้อ ใน {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Survey {code}: design updated, %n question(s), in {path}</source>
        <translation>
            <numerusform>แบบสำรวจ {code}: ปรับปรุงแบบสำรวจแล้ว มีข้อคำถาม %n ข้อ ใน {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Survey {code}: %n question(s) exported to {path}</source>
        <translation>
            <numerusform>แบบสำรวจ {code}: ส่งออกข้อคำถาม %n ข้อไปยัง {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/restore.py" line="+22"/>
        <source>A backup copy can be restored only into a database file. A database server&apos;s data is restored with the server&apos;s own tools (pg_restore or psql), by its administrator.</source>
        <translation>สำเนาสำรองกู้คืนได้เฉพาะลงในไฟล์ฐานข้อมูล ข้อมูลบนเซิร์ฟเวอร์ฐานข้อมูลต้องกู้คืนด้วยเครื่องมือของเซิร์ฟเวอร์เอง (pg_restore หรือ psql) โดยผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database as it was is kept at {path}.</source>
        <translation>เก็บฐานข้อมูลเดิมไว้ที่ {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored {source} into {database} (schema {revision}).</source>
        <translation>กู้คืน {source} เป็นฐานข้อมูล {database} แล้ว (โครงสร้างข้อมูล {revision})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Passphrase of the backup copy {path}: </source>
        <translation>วลีรหัสผ่านของสำเนาสำรอง {path}: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup copy {path} is encrypted under another passphrase than the database&apos;s: give it with --backup-passphrase-file FILE (or type it when asked). Nothing was changed.</source>
        <translation>สำเนาสำรอง {path} เข้ารหัสด้วยวลีรหัสผ่านอื่นที่ไม่ใช่ของฐานข้อมูล: ระบุด้วย --backup-passphrase-file FILE (หรือพิมพ์เมื่อระบบถาม) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/sign_in.py" line="+33"/>
        <source>Sign in: --user NAME (the password is asked) or --token-file FILE (a token an administrator issued with vocdesk users token NAME --out FILE).</source>
        <translation>กรุณาเข้าสู่ระบบ: --user ชื่อ (โปรแกรมจะถามรหัสผ่าน) หรือ --token-file ไฟล์ (โทเค็นที่ผู้ดูแลระบบออกให้ด้วย vocdesk users token ชื่อ --out ไฟล์)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sign in as NAME; the password is asked on the terminal (a script pipes it as one line on standard input, never as an argument)</source>
        <translation>เข้าสู่ระบบในนาม NAME โปรแกรมจะถามรหัสผ่านทางเทอร์มินัล (สคริปต์ส่งรหัสผ่านเป็นหนึ่งบรรทัดทาง standard input ห้ามใส่เป็นอาร์กิวเมนต์)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign in with the token in FILE, issued by an administrator (vocdesk users token); default: VOCDESK_TOKEN_FILE</source>
        <translation>เข้าสู่ระบบด้วยโทเค็นในไฟล์ FILE ที่ผู้ดูแลระบบออกให้ (vocdesk users token) ค่าเริ่มต้น: VOCDESK_TOKEN_FILE</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The token file {path} could not be read: {reason}.</source>
        <translation>อ่านไฟล์โทเค็น {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token file {path} is empty.</source>
        <translation>ไฟล์โทเค็น {path} ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No password was given: type it when asked, or (in a script) pipe it as one line on standard input.</source>
        <translation>ไม่ได้ระบุรหัสผ่าน: พิมพ์รหัสผ่านเมื่อโปรแกรมถาม หรือ (ในสคริปต์) ส่งเป็นหนึ่งบรรทัดทาง standard input</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password for {login}: </source>
        <translation>รหัสผ่านใหม่ของ {login}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>พิมพ์รหัสผ่านเดิมอีกครั้ง: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>รหัสผ่านทั้งสองครั้งไม่ตรงกัน ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in one way: --user NAME or --token-file FILE, not both.</source>
        <translation>เข้าสู่ระบบได้ทางเดียว: --user ชื่อ หรือ --token-file ไฟล์ อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password for {login}: </source>
        <translation>รหัสผ่านของ {login}: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password was set by an administrator: sign in to the window to choose your own.</source>
        <translation>ผู้ดูแลระบบตั้งรหัสผ่านให้ท่าน กรุณาเข้าสู่ระบบในหน้าต่างโปรแกรมเพื่อตั้งรหัสผ่านของท่านเอง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note: {path} has no administrator yet, so whoever opens the file may do everything except read confidential cases. Make one: vocdesk users add NAME --role administrator --db {path}</source>
        <translation>หมายเหตุ: {path} ยังไม่มีผู้ดูแลระบบ ผู้ใดที่เปิดไฟล์ได้จึงทำได้ทุกอย่าง ยกเว้นอ่านเรื่องร้องเรียนลับ สร้างผู้ดูแลระบบได้ด้วย: vocdesk users add ชื่อ --role administrator --db {path}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/users.py" line="+36"/>
        <source>staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>confidential cases</source>
        <translation>เรื่องร้องเรียนลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>personal data</source>
        <translation>ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accounts, roles, grants and access tokens (an administrator&apos;s work)</source>
        <translation>บัญชีผู้ใช้ บทบาท สิทธิ์ที่ได้รับ และโทเค็นเข้าถึง (งานของผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the account&apos;s sign-in name</source>
        <translation>ชื่อที่ใช้เข้าสู่ระบบของบัญชี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add an account (the password is asked twice); on a database with no administrator, --role administrator makes the first one</source>
        <translation>เพิ่มบัญชีผู้ใช้ (ถามรหัสผ่านสองครั้ง) ในฐานข้อมูลที่ยังไม่มีผู้ดูแลระบบ --role administrator จะสร้างผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>staff, supervisor or administrator</source>
        <translation>staff (เจ้าหน้าที่), supervisor (หัวหน้างาน) หรือ administrator (ผู้ดูแลระบบ)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the name shown for the account (default: NAME)</source>
        <translation>ชื่อที่แสดงของบัญชี (ค่าเริ่มต้น: NAME)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant reading confidential complaint cases</source>
        <translation>ให้สิทธิ์อ่านเรื่องร้องเรียนลับ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>grant reading and exporting personal data unmasked</source>
        <translation>ให้สิทธิ์อ่านและส่งออกข้อมูลส่วนบุคคลแบบไม่ปิดบัง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the accounts</source>
        <translation>แสดงรายการบัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change an account&apos;s role</source>
        <translation>เปลี่ยนบทบาทของบัญชี</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grant an account a permission no role gives</source>
        <translation>ให้สิทธิ์ที่บทบาทใดไม่ได้ให้ไว้แก่บัญชี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a granted permission back</source>
        <translation>เพิกถอนสิทธิ์ที่เคยให้ไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidential (confidential complaint cases) or personal-data (personal data unmasked)</source>
        <translation>confidential (เรื่องร้องเรียนลับ) หรือ personal-data (ข้อมูลส่วนบุคคลแบบไม่ปิดบัง)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stop an account from signing in (its tokens too)</source>
        <translation>ระงับบัญชีไม่ให้เข้าสู่ระบบ (รวมถึงโทเค็นของบัญชี)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>let a disabled account sign in again</source>
        <translation>ให้บัญชีที่ถูกระงับเข้าสู่ระบบได้อีกครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set a new password for an account (asked twice); it is to be changed at the next sign-in</source>
        <translation>ตั้งรหัสผ่านใหม่ให้บัญชี (ถามสองครั้ง) ผู้ใช้ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock an account locked after wrong passwords</source>
        <translation>ปลดล็อกบัญชีที่ถูกล็อกเพราะใส่รหัสผ่านผิด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issue an access token for an account, for scripts and scheduled backups (--token-file); it acts with the account&apos;s role</source>
        <translation>ออกโทเค็นเข้าถึงให้บัญชี สำหรับสคริปต์และการสำรองข้อมูลตามกำหนดเวลา (--token-file) โทเค็นทำงานตามบทบาทของบัญชีนั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file to write the token to (readable by you only)</source>
        <translation>ไฟล์ที่จะบันทึกโทเค็น (อ่านได้เฉพาะท่าน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what the token is for, e.g. nightly backup</source>
        <translation>ใช้โทเค็นนี้ทำอะไร เช่น สำรองข้อมูลทุกคืน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overwrite FILE if it exists</source>
        <translation>เขียนทับ FILE หากมีอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the access tokens issued</source>
        <translation>แสดงรายการโทเค็นเข้าถึงที่ออกไปแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoke an access token: it no longer signs in</source>
        <translation>เพิกถอนโทเค็นเข้าถึง: ใช้เข้าสู่ระบบไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the token&apos;s ID as vocdesk users tokens lists it (its last 8 characters are enough)</source>
        <translation>รหัสของโทเค็นตามที่ vocdesk users tokens แสดง (ใช้ 8 ตัวท้ายก็พอ)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{login} is this database&apos;s first administrator, with both grants. From now on every command signs in: --user {login} or a token (vocdesk users token).</source>
        <translation>{login} เป็นผู้ดูแลระบบคนแรกของฐานข้อมูลนี้ และได้รับสิทธิ์ทั้งสองอย่าง ต่อจากนี้ทุกคำสั่งต้องเข้าสู่ระบบ: --user {login} หรือใช้โทเค็น (vocdesk users token)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account {login} added ({role}); the password is to be changed at the first sign-in in the window.</source>
        <translation>เพิ่มบัญชี {login} แล้ว ({role}) ผู้ใช้ต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบในหน้าต่างโปรแกรมครั้งแรก</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+90"/>
        <source>NAME</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>ROLE</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRANTS</source>
        <translation>สิทธิ์ที่ได้รับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+91"/>
        <source>STATE</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>LAST SIGN-IN</source>
        <translation>เข้าสู่ระบบล่าสุด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHOWN AS</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Account {login}: {role}; grants: {grants}; {state}.</source>
        <translation>บัญชี {login}: {role} สิทธิ์ที่ได้รับ: {grants} สถานะ: {state}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New password set for {login}; it is to be changed at the next sign-in in the window.</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ {login} แล้ว ผู้ใช้ต้องเปลี่ยนเมื่อเข้าสู่ระบบในหน้าต่างโปรแกรมครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account {login} unlocked.</source>
        <translation>ปลดล็อกบัญชี {login} แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} exists already: choose another file, or add --force to overwrite it.</source>
        <translation>มีไฟล์ {path} อยู่แล้ว: เลือกไฟล์อื่น หรือเพิ่ม --force เพื่อเขียนทับ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token for {login} written to {path} (readable by you only). Sign in with --token-file {path} or VOCDESK_TOKEN_FILE; revoke it with vocdesk users revoke-token.</source>
        <translation>บันทึกโทเค็นของ {login} ลงใน {path} แล้ว (อ่านได้เฉพาะท่าน) เข้าสู่ระบบด้วย --token-file {path} หรือ VOCDESK_TOKEN_FILE เพิกถอนได้ด้วย vocdesk users revoke-token</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ID</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISSUED</source>
        <translation>ออกเมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST USED</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LABEL</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revoked {when}</source>
        <translation>เพิกถอนเมื่อ {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No single token has the ID {id}: vocdesk users tokens lists them.</source>
        <translation>ไม่พบโทเค็นรหัส {id} เพียงรายการเดียว: ดูรายการได้ด้วย vocdesk users tokens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token {id} of {login} revoked: it no longer signs in.</source>
        <translation>เพิกถอนโทเค็น {id} ของ {login} แล้ว: ใช้เข้าสู่ระบบไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no account named {login}: vocdesk users list shows them.</source>
        <translation>ไม่มีบัญชีชื่อ {login}: ดูรายการได้ด้วย vocdesk users list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disabled</source>
        <translation>ระงับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until {when}</source>
        <translation>ล็อกถึง {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no password yet</source>
        <translation>ยังไม่มีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to change password</source>
        <translation>ต้องเปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/pdpa.py" line="+31"/>
        <source>personal data (PDPA): a person&apos;s data exported, anonymised, records due for review</source>
        <translation>ข้อมูลส่วนบุคคล (PDPA): ส่งออกข้อมูลของบุคคล ทำให้ไม่สามารถระบุตัวบุคคลได้ และรายการที่ครบกำหนดทบทวน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>everything about one person in one zip: person.json, one CSV per table, the attachments and a readable PDF</source>
        <translation>ข้อมูลทั้งหมดของบุคคลหนึ่งในไฟล์ zip เดียว: person.json, ไฟล์ CSV หนึ่งไฟล์ต่อตาราง, ไฟล์แนบ และ PDF สำหรับอ่าน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip file to write (replaced if it exists)</source>
        <translation>ไฟล์ zip ที่จะบันทึก (เขียนทับถ้ามีอยู่แล้ว)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the language of the readable PDF (default: --lang)</source>
        <translation>ภาษาของ PDF (ค่าเริ่มต้น: --lang)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the person: their record&apos;s id or their national ID</source>
        <translation>บุคคล: รหัสข้อมูลในทะเบียน หรือเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Written {path}: {records} records and {files} attached files of {name} ({size} KB).</source>
        <translation>บันทึก {path} แล้ว: ข้อมูล {records} รายการ และไฟล์แนบ {files} ไฟล์ ของ {name} ({size} KB)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/pdpa_anonymise.py" line="+27"/>
        <source>erase one person by anonymisation: personal fields replaced, their records scrubbed, attachments removed (cannot be undone)</source>
        <translation>ลบข้อมูลของบุคคลหนึ่งโดยทำให้ไม่สามารถระบุตัวบุคคลได้: แทนที่ข้อมูลส่วนบุคคล ลบร่องรอยในบันทึกที่เกี่ยวข้อง และนำไฟล์แนบออก (ย้อนกลับไม่ได้)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>do not ask for confirmation (needed when the input is not a terminal)</source>
        <translation>ไม่ต้องถามยืนยัน (จำเป็นเมื่อข้อมูลนำเข้าไม่ได้มาจากเทอร์มินัล)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anonymised {id}: now {name}; {records} records scrubbed, {files} attachments removed, {audit} audit entries scrubbed.</source>
        <translation>ทำให้ {id} ไม่สามารถระบุตัวบุคคลได้แล้ว: ตอนนี้แสดงเป็น {name}; ลบร่องรอยในบันทึก {records} รายการ นำไฟล์แนบออก {files} ไฟล์ และลบร่องรอยในประวัติการแก้ไข {audit} รายการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another program has the database open: the old copies of the erased data leave the file when the last program closes it.</source>
        <translation>มีโปรแกรมอื่นเปิดฐานข้อมูลนี้อยู่: สำเนาเก่าของข้อมูลที่ลบจะหายไปจากไฟล์เมื่อโปรแกรมสุดท้ายปิดไฟล์</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymising cannot be undone: confirm with --yes when the input is not a terminal.</source>
        <translation>การทำให้ไม่สามารถระบุตัวบุคคลได้ย้อนกลับไม่ได้: เมื่อข้อมูลนำเข้าไม่ได้มาจากเทอร์มินัล ให้ยืนยันด้วย --yes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymise {id}? Their personal data will be replaced and cannot be brought back. Type yes to go on: </source>
        <translation>ทำให้ {id} ไม่สามารถระบุตัวบุคคลได้หรือไม่? ข้อมูลส่วนบุคคลจะถูกแทนที่และนำกลับคืนไม่ได้ พิมพ์ ใช่ เพื่อดำเนินการต่อ: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not anonymised: not confirmed.</source>
        <translation>ไม่ได้ดำเนินการ: ไม่ได้รับการยืนยัน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/cli/pdpa_due.py" line="-8"/>
        <source>records past their retention period on a day, counted per kind (with --list, the records)</source>
        <translation>ข้อมูลที่พ้นระยะเวลาการเก็บรักษา ณ วันหนึ่ง นับแยกตามประเภท (ใส่ --list เพื่อแสดงรายการ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the day (Thai calendar day, written in the Common Era; default: today)</source>
        <translation>วันที่ (วันตามเวลาประเทศไทย เขียนเป็นปี ค.ศ.; ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only this kind of record</source>
        <translation>เฉพาะข้อมูลประเภทนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the records due too, oldest first</source>
        <translation>แสดงรายการที่ครบกำหนดด้วย เรียงจากเก่าสุด</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No retention period is set.</source>
        <translation>ยังไม่ได้กำหนดระยะเวลาการเก็บรักษา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RECORDS</source>
        <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEPT</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THEN</source>
        <translation>จากนั้น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DUE</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ปี</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>REFERENCE</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COUNTED FROM</source>
        <translation>นับจาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEPT UNTIL</source>
        <translation>เก็บถึง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ABOUT</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(confidential)</source>
        <translation>(เรื่องลับ)</translation>
    </message>
</context>
<context>
    <name>ComplaintCaseDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/case_texts.py" line="+26"/>
        <source>OVERDUE</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clock stopped</source>
        <translation>หยุดนับเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidential</source>
        <translation>เรื่องลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {number} · {status} · due {due}</source>
        <translation>เรื่องเลขที่ {number} · {status} · ครบกำหนด {due}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(confidential: you are not allowed to read this case)</source>
        <translation>(เรื่องลับ: ท่านไม่มีสิทธิ์เข้าถึงเรื่องนี้)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(sensitive personal data: shown only to users with the personal-data permission)</source>
        <translation>(ข้อมูลส่วนบุคคลที่มีความอ่อนไหว: แสดงเฉพาะผู้มีสิทธิ์ข้อมูลส่วนบุคคล)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>duplicate of {number}</source>
        <translation>ซ้ำกับเรื่อง {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicates: {numbers}</source>
        <translation>เรื่องที่ซ้ำ: {numbers}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Acknowledge</source>
        <translation>ตอบรับเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>ตอบกลับครั้งแรก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve</source>
        <translation>แก้ไขเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify the complainant</source>
        <translation>แจ้งผลผู้ร้องเรียน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/complaints/case_dialog.py" line="+318"/>
        <source>Allow someone to read the case</source>
        <translation>อนุญาตให้ผู้อื่นอ่านเรื่องนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login name of the person:</source>
        <translation>ชื่อผู้ใช้ของผู้ที่อนุญาต:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge into another case</source>
        <translation>รวมเข้ากับเรื่องอื่น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as a duplicate</source>
        <translation>ระบุว่าเป็นเรื่องซ้ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the original case:</source>
        <translation>เลขที่เรื่องเดิม:</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/complaints/case_attachments.py" line="+83"/>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the attachment</source>
        <translation>บันทึกไฟล์แนบ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/complaints/case_dialog.py" line="+34"/>
        <source>Complaint case</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received:</source>
        <translation>รับเรื่องเมื่อ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel:</source>
        <translation>ช่องทาง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>ประเภทเรื่อง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant:</source>
        <translation>ผู้ร้องเรียน:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place:</source>
        <translation>สถานที่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service concerned:</source>
        <translation>บริการที่เกี่ยวข้อง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority:</source>
        <translation>ระดับความสำคัญ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit and officer:</source>
        <translation>หน่วยงานและผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forwarded to:</source>
        <translation>ส่งต่อไปยัง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates:</source>
        <translation>เรื่องซ้ำ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details:</source>
        <translation>รายละเอียด:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also allowed to read:</source>
        <translation>ผู้ที่ได้รับอนุญาตให้อ่าน:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show personal data</source>
        <translation>แสดงข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the complainant&apos;s contact whole. Each time is written to the audit trail; only users with the personal-data permission may.</source>
        <translation>แสดงช่องทางติดต่อผู้ร้องเรียนแบบเต็ม ทุกครั้งจะถูกบันทึกในประวัติการใช้งาน ใช้ได้เฉพาะผู้มีสิทธิ์ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolution:</source>
        <translation>ผลการแก้ไข:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Root cause:</source>
        <translation>สาเหตุที่แท้จริง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action:</source>
        <translation>การแก้ไขป้องกัน:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Improvement actions:</source>
        <translation>การปรับปรุง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant told:</source>
        <translation>แจ้งผลผู้ร้องเมื่อ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction:</source>
        <translation>ความพึงพอใจ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust restored:</source>
        <translation>ความเชื่อมั่นกลับคืน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times reopened:</source>
        <translation>จำนวนครั้งที่เปิดเรื่องใหม่:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service standard</source>
        <translation>มาตรฐานการให้บริการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution and follow-up</source>
        <translation>ผลการแก้ไขและการติดตาม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standard (working days)</source>
        <translation>มาตรฐาน (วันทำการ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>ดำเนินการเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days taken</source>
        <translation>วันทำการที่ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>ตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>จากสถานะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>เป็นสถานะ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record follow-up…</source>
        <translation>บันทึกการติดตามผล…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow someone…</source>
        <translation>อนุญาตผู้อ่าน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct details…</source>
        <translation>แก้ไขรายละเอียด…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as duplicate of…</source>
        <translation>ระบุว่าซ้ำกับเรื่อง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into…</source>
        <translation>รวมเข้ากับเรื่อง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the corrective action an improvement action</source>
        <translation>บันทึกการแก้ไขป้องกันเป็นการปรับปรุง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/complaints/case_attachments.py" line="-35"/>
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/complaints/case_dialog.py" line="+2"/>
        <source>Move to:</source>
        <translation>เปลี่ยนสถานะเป็น:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>มอบหมาย…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ComplaintCases</name>
    <message>
        <location filename="../src/vocdesk/services/complaints/cases.py" line="+196"/>
        <source>There is no case numbered {number}.</source>
        <translation>ไม่มีเรื่องเลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/numbering.py" line="+55"/>
        <source>A number prefix has at most 20 characters and no &apos;/&apos;.</source>
        <translation>คำนำหน้าเลขที่เรื่องยาวได้ไม่เกิน 20 ตัวอักษรและต้องไม่มี &apos;/&apos;</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/workflow.py" line="+204"/>
        <source>Enter the subject of the complaint.</source>
        <translation>กรุณากรอกเรื่องที่ร้องเรียน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the channel the complaint came by.</source>
        <translation>กรุณาเลือกช่องทางที่รับเรื่อง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the category of the complaint.</source>
        <translation>กรุณาเลือกประเภทเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The received date is in the future.</source>
        <translation>วันที่รับเรื่องเป็นวันในอนาคต</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subject is longer than 500 characters.</source>
        <translation>เรื่องที่ร้องเรียนยาวเกิน 500 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown province: {province}</source>
        <translation>ไม่รู้จักจังหวัด: {province}</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+78"/>
        <source>The chosen channel or category no longer exists.</source>
        <translation>ช่องทางหรือประเภทเรื่องที่เลือกไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/numbering.py" line="+64"/>
        <source>Other PCs took the next case numbers at the same moment; save again.</source>
        <translation>เครื่องอื่นใช้เลขที่เรื่องถัดไปในเวลาเดียวกัน กรุณาบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/workflow.py" line="+79"/>
        <source>The listening entry no longer exists.</source>
        <translation>ไม่พบบันทึกการรับฟังนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/duplicates.py" line="+86"/>
        <location line="+26"/>
        <source>A case cannot duplicate itself.</source>
        <translation>เรื่องหนึ่งจะซ้ำกับตัวเองไม่ได้</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Case {number} is already marked as a duplicate of this one.</source>
        <translation>เรื่อง {number} ได้ระบุไว้แล้วว่าเป็นเรื่องซ้ำกับเรื่องนี้</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/workflow.py" line="+45"/>
        <source>Name the agency the case is forwarded to.</source>
        <translation>กรุณาระบุหน่วยงานที่ส่งต่อเรื่อง</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the resolution summary.</source>
        <translation>กรุณาสรุปผลการแก้ไข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the channel by which the complainant was told the result.</source>
        <translation>กรุณาเลือกช่องทางที่แจ้งผลให้ผู้ร้องทราบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day the complainant was told must be between receipt and today.</source>
        <translation>วันที่แจ้งผลผู้ร้องต้องอยู่ระหว่างวันที่รับเรื่องกับวันนี้</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A finished case cannot be reassigned.</source>
        <translation>เรื่องที่ยุติแล้วมอบหมายใหม่ไม่ได้</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>ความพึงพอใจเป็นคะแนน 1 ถึง 5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up is recorded once the complainant was told the result.</source>
        <translation>บันทึกการติดตามผลได้เมื่อแจ้งผลผู้ร้องแล้ว</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/confidentiality.py" line="+89"/>
        <source>Case {number} is confidential: only the officers allowed may open or change it.</source>
        <translation>เรื่อง {number} เป็นเรื่องลับ: เฉพาะเจ้าหน้าที่ที่ได้รับอนุญาตเท่านั้นที่เปิดหรือแก้ไขได้</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/case_records.py" line="+193"/>
        <source>An attachment needs a file name.</source>
        <translation>ไฟล์แนบต้องมีชื่อไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/vocdesk/ui/complaints/form.py" line="+462"/>
        <source>{name} is larger than {limit} MB: attach a smaller file.</source>
        <translation>{name} มีขนาดเกิน {limit} MB: กรุณาแนบไฟล์ที่เล็กกว่านี้</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/access.py" line="+106"/>
        <source>The case no longer exists.</source>
        <translation>ไม่พบเรื่องนี้แล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case {number} is assigned to {assignee}: only they or a supervisor may work on it.</source>
        <translation>เรื่องร้องเรียน {number} มอบหมายให้ {assignee} แล้ว: เฉพาะผู้รับผิดชอบหรือหัวหน้างานเท่านั้นที่ดำเนินการกับเรื่องนี้ได้</translation>
    </message>
</context>
<context>
    <name>ComplaintCategories</name>
    <message>
        <location filename="../src/vocdesk/services/complaints/categories.py" line="+74"/>
        <source>Enter a code for the category.</source>
        <translation>กรุณากรอกรหัสประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the category&apos;s name.</source>
        <translation>กรุณากรอกชื่อประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Targets are between 0 and {max} working days.</source>
        <translation>ระยะเวลามาตรฐานต้องอยู่ระหว่าง 0 ถึง {max} วันทำการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledging and the first response cannot take longer than resolving.</source>
        <translation>ระยะเวลาตอบรับเรื่องและตอบกลับครั้งแรกต้องไม่นานกว่าระยะเวลาแก้ไขเรื่อง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another category already has the code {code}.</source>
        <translation>มีประเภทเรื่องอื่นใช้รหัส {code} อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The category no longer exists.</source>
        <translation>ไม่พบประเภทเรื่องนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>ComplaintCategoriesDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/categories_dialog.py" line="+197"/>
        <source>Complaint categories and service standards</source>
        <translation>ประเภทเรื่องร้องเรียนและมาตรฐานการให้บริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code:</source>
        <translation>รหัส:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Thai):</source>
        <translation>ชื่อ (ภาษาไทย):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (English):</source>
        <translation>ชื่อ (ภาษาอังกฤษ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge within (working days):</source>
        <translation>ตอบรับเรื่องภายใน (วันทำการ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within:</source>
        <translation>ตอบกลับครั้งแรกภายใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within:</source>
        <translation>แก้ไขเรื่องภายใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify the complainant within:</source>
        <translation>แจ้งผลผู้ร้องภายใน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn this many working days before:</source>
        <translation>เตือนล่วงหน้า (วันทำการ):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use:</source>
        <translation>ใช้งาน:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offered when registering</source>
        <translation>แสดงให้เลือกเมื่อรับเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New category</source>
        <translation>&amp;เพิ่มประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings of the complaint cases (kept in the database)</source>
        <translation>การตั้งค่าเรื่องร้องเรียน (เก็บไว้ในฐานข้อมูล)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case number prefix:</source>
        <translation>คำนำหน้าเลขที่เรื่อง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: numbers read 2569/000123</source>
        <translation>ไม่มี: เลขที่เรื่องเป็น 2569/000123</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/form.py" line="-176"/>
        <source>Choose the complainant from the registry to record that the notice was shown to them.</source>
        <translation>เลือกผู้ร้องเรียนจากทะเบียนก่อน จึงจะบันทึกว่าได้แจ้งคำประกาศให้ทราบแล้ว</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Possible duplicates (open cases of the same category and place): {count}</source>
        <translation>เรื่องที่อาจซ้ำ (เรื่องที่ยังไม่ยุติ ประเภทและสถานที่เดียวกัน): {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No similar open case found.</source>
        <translation>ไม่พบเรื่องที่ยังไม่ยุติซึ่งคล้ายกัน</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Register a complaint case</source>
        <translation>รับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the case&apos;s details</source>
        <translation>แก้ไขรายละเอียดเรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subject:</source>
        <translation>&amp;เรื่อง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Details:</source>
        <translation>&amp;รายละเอียด:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;ประเภทเรื่อง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;ช่องทาง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Received:</source>
        <translation>&amp;รับเรื่องเมื่อ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Priority:</source>
        <translation>&amp;ระดับความสำคัญ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complai&amp;nant:</source>
        <translation>&amp;ผู้ร้องเรียน:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;lace:</source>
        <translation>&amp;สถานที่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice concerned:</source>
        <translation>&amp;บริการที่เกี่ยวข้อง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidential:</source>
        <translation>เรื่องลับ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit and officer:</source>
        <translation>&amp;หน่วยงานและผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attachments:</source>
        <translation>ไฟล์แนบ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (type to find in the registry)</source>
        <translation>ชื่อ (พิมพ์เพื่อค้นหาในทะเบียน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone, e-mail or LINE</source>
        <translation>โทรศัพท์ อีเมล หรือไลน์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer (login name)</source>
        <translation>ผู้รับผิดชอบ (ชื่อผู้ใช้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details only for the officers allowed (e.g. a report of misconduct)</source>
        <translation>รายละเอียดเฉพาะเจ้าหน้าที่ที่ได้รับอนุญาต (เช่น การร้องเรียนการทุจริต)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach…</source>
        <translation>&amp;แนบไฟล์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a duplicate of the selected case</source>
        <translation>เรื่องนี้ซ้ำกับเรื่องที่เลือก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>บันทึก (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ComplaintKpisModel</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/kpis_model.py" line="+18"/>
        <location filename="../src/vocdesk/ui/complaints/kpis_page.py" line="+264"/>
        <source>None recorded</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Received</source>
        <translation>เรื่องที่รับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases received</source>
        <translation>จำนวนเรื่องที่รับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ack. in time</source>
        <translation>ตอบรับทันเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged within standard</source>
        <translation>ตอบรับเรื่องตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1st reply in time</source>
        <translation>ตอบกลับทันเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within standard</source>
        <translation>ตอบกลับครั้งแรกตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved in time</source>
        <translation>เสร็จทันเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved within standard</source>
        <translation>ดำเนินการแล้วเสร็จตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified in time</source>
        <translation>แจ้งผลทันเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result notified to the complainant within standard</source>
        <translation>แจ้งผลให้ผู้ร้องทราบตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean days</source>
        <translation>วันเฉลี่ย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean working days to resolve</source>
        <translation>วันทำการเฉลี่ยที่ใช้ดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days</source>
        <translation>มัธยฐานวัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median working days to resolve</source>
        <translation>มัธยฐานวันทำการที่ใช้ดำเนินการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopened</source>
        <translation>เปิดใหม่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction with complaint handling (1–5)</source>
        <translation>ความพึงพอใจต่อการจัดการข้อร้องเรียน (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfied</source>
        <translation>พึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of complainants satisfied (4–5)</source>
        <translation>ร้อยละของผู้ร้องที่พึงพอใจ (4–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>ความเชื่อมั่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of complainants asked at follow-up whose trust was restored</source>
        <translation>ร้อยละของผู้ร้องที่ติดตามผลแล้วซึ่งความเชื่อมั่นกลับคืนมา</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Open</source>
        <translation>ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open today</source>
        <translation>ยังไม่ยุติ ณ วันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue today</source>
        <translation>เกินกำหนด ณ วันนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen rate</source>
        <translation>อัตราการเปิดเรื่องใหม่</translation>
    </message>
</context>
<context>
    <name>ComplaintKpisPage</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/kpis_page.py" line="-213"/>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>หน่วยงานที่รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+235"/>
        <source>Received</source>
        <translation>เรื่องที่รับ</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+210"/>
        <source>Acknowledged within standard</source>
        <translation>ตอบรับเรื่องตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>First response within standard</source>
        <translation>ตอบกลับครั้งแรกตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+209"/>
        <source>Resolved within standard</source>
        <translation>ดำเนินการแล้วเสร็จตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+212"/>
        <source>Result notified within standard</source>
        <translation>แจ้งผลผู้ร้องตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Mean working days to resolve</source>
        <translation>วันทำการเฉลี่ยที่ใช้ดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median working days to resolve</source>
        <translation>มัธยฐานวันทำการที่ใช้ดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation>อัตราการเปิดเรื่องใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction with handling (1–5)</source>
        <translation>ความพึงพอใจของผู้ร้องต่อการจัดการเรื่อง (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfied (4–5)</source>
        <translation>ผู้ร้องที่พึงพอใจ (4–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust restored</source>
        <translation>ความเชื่อมั่นกลับคืน</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>KPIs</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting the complaint KPIs…</source>
        <translation>กำลังคำนวณตัวชี้วัดข้อร้องเรียน…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cases received {start} – {end}, as they stand on {today}</source>
        <translation>เรื่องที่รับระหว่าง {start} – {end} สถานะ ณ วันที่ {today}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Within the service standard (%) by {dimension}</source>
        <translation>ร้อยละที่เป็นไปตามมาตรฐานการให้บริการ จำแนกตาม{dimension}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cases received per month</source>
        <translation>จำนวนเรื่องที่รับรายเดือน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breakdown by</source>
        <translation>จำแนกตาม</translation>
    </message>
</context>
<context>
    <name>ComplaintReport</name>
    <message>
        <location filename="../src/vocdesk/services/reports/complaints.py" line="+64"/>
        <source>Complaint report</source>
        <translation>รายงานผลการจัดการข้อร้องเรียน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+108"/>
        <source>Complaints received {start} – {end}, as they stand on {today}.</source>
        <translation>เรื่องร้องเรียนที่รับระหว่างวันที่ {start} – {end} ตามสถานะ ณ วันที่ {today}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+73"/>
        <source>Key figures</source>
        <translation>ตัวชี้วัดสำคัญ</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>No complaint was received in this period.</source>
        <translation>ไม่มีเรื่องร้องเรียนที่รับในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By category</source>
        <translation>จำแนกตามประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+198"/>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>By channel</source>
        <translation>จำแนกตามช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cases received</source>
        <translation>เรื่องที่รับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases resolved</source>
        <translation>เรื่องที่ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged within standard</source>
        <translation>ตอบรับเรื่องภายในเวลามาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within standard</source>
        <translation>ตอบกลับครั้งแรกภายในเวลามาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <location line="+69"/>
        <source>Resolved within standard</source>
        <translation>แล้วเสร็จภายในเวลามาตรฐาน</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Result notified within standard</source>
        <translation>แจ้งผลผู้ร้องภายในเวลามาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median working days to resolve</source>
        <translation>มัธยฐานวันทำการจนแล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean working days to resolve</source>
        <translation>ค่าเฉลี่ยวันทำการจนแล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open today</source>
        <translation>อยู่ระหว่างดำเนินการ ณ วันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue today</source>
        <translation>เกินกำหนด ณ วันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation>อัตราการเปิดเรื่องใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction with handling (1–5)</source>
        <translation>ความพึงพอใจต่อการจัดการเรื่อง (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainants satisfied (4–5)</source>
        <translation>ผู้ร้องที่พึงพอใจ (4–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust restored</source>
        <translation>ผู้ร้องที่กลับมาเชื่อมั่น</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Percentages are of the cases whose outcome is decided: done, or still open and past the limit. Working days leave out weekends, public holidays and the days a case waited for the complainant.</source>
        <translation>ร้อยละคิดจากเรื่องที่ทราบผลแล้ว คือ ดำเนินการแล้ว หรือยังไม่แล้วเสร็จแต่เกินกำหนดเวลาแล้ว วันทำการไม่นับวันเสาร์ วันอาทิตย์ วันหยุดราชการ และวันที่รอข้อมูลจากผู้ร้อง</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not recorded</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+30"/>
        <source>Received</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+60"/>
        <source>Resolved</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Open</source>
        <translation>ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median working days</source>
        <translation>มัธยฐานวันทำการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean working days</source>
        <translation>ค่าเฉลี่ยวันทำการ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cases received by category</source>
        <translation>จำนวนเรื่องที่รับ จำแนกตามประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolved within standard (%) by category</source>
        <translation>ร้อยละของเรื่องที่แล้วเสร็จภายในเวลามาตรฐาน จำแนกตามประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>By month</source>
        <translation>รายเดือน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cases received and cases resolved each month</source>
        <translation>จำนวนเรื่องที่รับและเรื่องที่แล้วเสร็จในแต่ละเดือน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resolved within standard (%), by the month the case was received</source>
        <translation>ร้อยละของเรื่องที่แล้วเสร็จภายในเวลามาตรฐาน ตามเดือนที่รับเรื่อง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Case number</source>
        <translation>เลขที่เรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>วันทำการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within standard</source>
        <translation>ภายในเวลามาตรฐาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complainants&apos; names are printed in full, as asked: keep this copy as personal data. A confidential case shows its number only.</source>
        <translation>แสดงชื่อผู้ร้องเรียนเต็มตามที่ขอ โปรดเก็บรักษาเอกสารฉบับนี้ในฐานะข้อมูลส่วนบุคคล เรื่องร้องเรียนที่เป็นความลับแสดงเฉพาะเลขที่เรื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complainants&apos; names are masked (the first name and the initial of the surname). A confidential case shows its number only.</source>
        <translation>ชื่อผู้ร้องเรียนแสดงแบบปกปิดบางส่วน (ชื่อและอักษรแรกของนามสกุล) เรื่องร้องเรียนที่เป็นความลับแสดงเฉพาะเลขที่เรื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register of cases</source>
        <translation>ทะเบียนเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first {shown} of the {total} cases are listed; the complaints export holds them all.</source>
        <translation>แสดง {shown} เรื่องแรกจากทั้งหมด {total} เรื่อง ดูรายการครบถ้วนได้จากการส่งออกข้อมูลเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Confidential case: details withheld</source>
        <translation>เรื่องลับ ไม่แสดงรายละเอียด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet due</source>
        <translation>ยังไม่ถึงกำหนด</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <location filename="../src/vocdesk/domain/complaints/workflow.py" line="+55"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="-357"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="-20"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+4"/>
        <source>Received</source>
        <extracomment>รับเรื่อง</extracomment>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Screening</source>
        <extracomment>ตรวจสอบ/คัดกรอง</extracomment>
        <translation>ตรวจสอบ/คัดกรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>In progress</source>
        <extracomment>กำลังดำเนินการ</extracomment>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Forwarded</source>
        <extracomment>ส่งต่อหน่วยงาน</extracomment>
        <translation>ส่งต่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Co-handled</source>
        <extracomment>ร่วมดำเนินการ</extracomment>
        <translation>ร่วมดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+3"/>
        <source>Waiting for the complainant</source>
        <extracomment>รอข้อมูลจากผู้ร้อง</extracomment>
        <translation>รอข้อมูลจากผู้ร้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Resolved, result notified</source>
        <extracomment>แจ้งผลผู้ร้องแล้ว</extracomment>
        <translation>แจ้งผลผู้ร้องแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Closed</source>
        <extracomment>ยุติเรื่อง</extracomment>
        <translation>ยุติเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Rejected / not relevant</source>
        <extracomment>ไม่รับพิจารณา/ไม่เกี่ยวข้อง</extracomment>
        <translation>ไม่รับพิจารณา/ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Withdrawn</source>
        <extracomment>ถอนเรื่อง</extracomment>
        <translation>ถอนเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/reports/complaint_report.py" line="+1"/>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Reopened</source>
        <extracomment>เปิดเรื่องใหม่</extracomment>
        <translation>เปิดเรื่องใหม่</translation>
    </message>
</context>
<context>
    <name>ComplaintTransfer</name>
    <message>
        <location filename="../src/vocdesk/services/complaints/transfer_columns.py" line="-19"/>
        <source>history line “{line}” is not “when | status | note”.</source>
        <translation>บรรทัดประวัติ “{line}” ไม่อยู่ในรูปแบบ “วันเวลา | สถานะ | หมายเหตุ”</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/importer.py" line="+102"/>
        <source>there are no complaint categories yet: add them (Complaints › Categories and standards…) before importing cases.</source>
        <translation>ยังไม่มีประเภทเรื่องร้องเรียน: เพิ่มประเภทก่อน (ข้อร้องเรียน › ประเภทเรื่องและมาตรฐานการให้บริการ…) แล้วจึงนำเข้าเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there are no channels yet: give each case its channel (a new name is added), or add channels first.</source>
        <translation>ยังไม่มีช่องทาง: ระบุช่องทางของแต่ละเรื่อง (ชื่อใหม่จะถูกเพิ่มให้) หรือเพิ่มช่องทางก่อน</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the case number {value} is already on row {first_row}.</source>
        <translation>เลขที่เรื่อง {value} ซ้ำกับแถวที่ {first_row}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new case needs its subject (only a case already here may leave it empty).</source>
        <translation>เรื่องใหม่ต้องมีหัวเรื่อง (เว้นว่างได้เฉพาะเรื่องที่มีอยู่แล้วในระบบ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no complaint category “{value}” (give its code, or its Thai or English name).</source>
        <translation>ไม่พบประเภทเรื่องร้องเรียน “{value}” (ระบุรหัส หรือชื่อภาษาไทยหรือภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no office “{value}”.</source>
        <translation>ไม่พบสำนักงาน “{value}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{moment} is before the case was received ({received}).</source>
        <translation>{moment} อยู่ก่อนวันที่รับเรื่อง ({received})</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>channel “{name}” was added.</source>
        <translation>เพิ่มช่องทาง “{name}” แล้ว</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>One confidential case you may not read kept its contents and history; the file changed only its other columns.</source>
        <translation>เรื่องลับที่ท่านไม่มีสิทธิ์อ่าน 1 เรื่อง คงเนื้อหาและประวัติสถานะเดิมไว้ ไฟล์เปลี่ยนได้เฉพาะคอลัมน์อื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} confidential cases you may not read kept their contents and history; the file changed only their other columns.</source>
        <translation>เรื่องลับที่ท่านไม่มีสิทธิ์อ่าน {count} เรื่อง คงเนื้อหาและประวัติสถานะเดิมไว้ ไฟล์เปลี่ยนได้เฉพาะคอลัมน์อื่น</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>{user} may not change who handles or may read this case: the assignee and the confidential flag change only for a supervisor allowed to read the case. Leave the cell as the case has it, or ask a supervisor with that permission to import the file.</source>
        <translation>{user} ไม่มีสิทธิ์เปลี่ยนผู้รับผิดชอบหรือผู้มีสิทธิ์อ่านเรื่องนี้: ผู้รับผิดชอบและการกำหนดเป็นเรื่องลับเปลี่ยนได้เฉพาะหัวหน้างานที่มีสิทธิ์อ่านเรื่องนี้ ให้คงค่าในช่องนี้ไว้ตามที่เรื่องมีอยู่ หรือขอให้หัวหน้างานที่มีสิทธิ์นั้นนำเข้าไฟล์</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/complaints/exporter.py" line="+110"/>
        <source>%Ln confidential case(s) you may not read were left out of the file.</source>
        <translation>
            <numerusform>ไม่ได้ส่งออกเรื่องลับ %Ln เรื่องที่ท่านไม่มีสิทธิ์อ่าน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <location filename="../src/vocdesk/domain/complaints/workflow.py" line="+29"/>
        <source>The case is already in status {status}.</source>
        <translation>เรื่องนี้อยู่ในสถานะ {status} อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case in status {current} cannot move to {target}.</source>
        <translation>เรื่องที่อยู่ในสถานะ {current} เปลี่ยนเป็น {target} ไม่ได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the reason for reopening the case.</source>
        <translation>กรุณาระบุเหตุผลในการเปิดเรื่องใหม่</translation>
    </message>
</context>
<context>
    <name>ComplaintsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/cases_model.py" line="+23"/>
        <location filename="../src/vocdesk/ui/overview/model.py" line="+218"/>
        <source>(confidential case)</source>
        <translation>(เรื่องลับ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>วันที่รับเรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>ระดับความสำคัญ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/tab.py" line="-111"/>
        <source>Open cases</source>
        <translation>เรื่องที่ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to me</source>
        <translation>เรื่องที่มอบหมายให้ฉัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>ยังไม่มอบหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>ใกล้ครบกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting (clock stopped)</source>
        <translation>รอข้อมูล (หยุดนับเวลา)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>ทุกเรื่อง</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Complaints</source>
        <translation>ข้อร้องเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn into complaint…</source>
        <translation>รับเป็นเรื่องร้องเรียน…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register a complaint case from the selected entry</source>
        <translation>รับเรื่องร้องเรียนจากบันทึกการรับฟังที่เลือก</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/exchange/conflicts_dialog.py" line="+127"/>
        <source>this office</source>
        <translation>สำนักงานนี้</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Conflicts between offices ({count} open)</source>
        <translation>ข้อมูลขัดแย้งระหว่างสำนักงาน (รอตรวจทาน {count} รายการ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each line is a field two offices changed without seeing each other&apos;s change. The newer change was kept and the record holds it; the other value is here. Keep the value, or take the other one: it is then saved as a change made here and goes to the other offices with the next bundles.</source>
        <translation>แต่ละแถวคือช่องข้อมูลที่สองสำนักงานแก้ไขโดยไม่เห็นการแก้ไขของอีกฝ่าย ระบบเก็บค่าที่แก้ไขล่าสุดไว้ในข้อมูลแล้ว ส่วนอีกค่าหนึ่งแสดงไว้ที่นี่ เลือกคงค่าเดิม หรือใช้อีกค่าหนึ่งแทน ซึ่งจะบันทึกเป็นการแก้ไขของสำนักงานนี้และส่งต่อไปยังสำนักงานอื่นพร้อมไฟล์แลกเปลี่ยนข้อมูลครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value kept</source>
        <translation>ค่าที่เก็บไว้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept from</source>
        <translation>มาจาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>อีกค่าหนึ่ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other from</source>
        <translation>อีกค่ามาจาก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts are waiting for review.</source>
        <translation>ไม่มีข้อมูลขัดแย้งที่รอการตรวจทาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take the other value</source>
        <translation>ใช้อีกค่าหนึ่ง(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>คงค่าที่เก็บไว้(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/consent_dialog.py" line="+116"/>
        <source>Consent withdrawn: {purpose}</source>
        <translation>ถอนความยินยอม: {purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>วันที่ถอน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent given: {purpose}</source>
        <translation>ให้ความยินยอม: {purpose}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>วันที่ให้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not recorded)</source>
        <translation>(ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person was shown the privacy notice, version {version}.</source>
        <translation>ได้แจ้งคำประกาศความเป็นส่วนตัวฉบับที่ {version} ให้บุคคลนี้ทราบแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No privacy notice has been published yet.</source>
        <translation>ยังไม่ได้เผยแพร่คำประกาศความเป็นส่วนตัว</translation>
    </message>
</context>
<context>
    <name>ConsentPurpose</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+76"/>
        <source>Contact about the service</source>
        <extracomment>การติดต่อเรื่องบริการ</extracomment>
        <translation>การติดต่อเรื่องบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Follow-up surveys</source>
        <extracomment>การสำรวจติดตามผล</extracomment>
        <translation>การสำรวจติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>News from the agency</source>
        <extracomment>ข่าวสารจากหน่วยงาน</extracomment>
        <translation>ข่าวสารจากหน่วยงาน</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/consents.py" line="+138"/>
        <source>The day of a consent or its withdrawal cannot be in the future.</source>
        <translation>วันที่ให้หรือถอนความยินยอมต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The note is {length} characters long; at most {limit} are allowed.</source>
        <translation>หมายเหตุยาว {length} ตัวอักษร ยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This person&apos;s data was anonymised; no consent can be recorded.</source>
        <translation>ข้อมูลของบุคคลนี้ถูกทำให้ไม่สามารถระบุตัวบุคคลได้แล้ว จึงบันทึกความยินยอมไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person has already given this consent; withdraw it first.</source>
        <translation>บุคคลนี้ให้ความยินยอมนี้ไว้แล้ว ต้องบันทึกการถอนความยินยอมก่อน</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The person has not given this consent; there is nothing to withdraw.</source>
        <translation>บุคคลนี้ไม่ได้ให้ความยินยอมนี้ไว้ จึงไม่มีความยินยอมให้ถอน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A consent cannot be withdrawn before the day it was given.</source>
        <translation>วันที่ถอนความยินยอมต้องไม่ก่อนวันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The person no longer exists; it may have been merged or deleted.</source>
        <translation>ไม่พบบุคคลนี้แล้ว อาจถูกรวมกับระเบียนอื่นหรือถูกลบไป</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/pdpa/contacts.py" line="+67"/>
        <source>There is no consent purpose called {value}; the purposes are: {purposes}.</source>
        <translation>ไม่มีวัตถุประสงค์ของความยินยอมชื่อ {value} วัตถุประสงค์ที่มี ได้แก่ {purposes}</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/consents_panel.py" line="+120"/>
        <source>Not given</source>
        <translation>ไม่ได้ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Given {date}</source>
        <translation>ให้ความยินยอม {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notice v{version}</source>
        <translation>ประกาศฉบับที่ {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrawn {date}</source>
        <translation>ถอนความยินยอม {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdraw…</source>
        <translation>ถอน…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give…</source>
        <translation>ให้ความยินยอม…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the record first; then each consent is given or withdrawn here.</source>
        <translation>บันทึกระเบียนก่อน แล้วจึงบันทึกการให้หรือถอนความยินยอมแต่ละเรื่องได้ที่นี่</translation>
    </message>
</context>
<context>
    <name>ContactsDueModel</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/reminders_model.py" line="+126"/>
        <source>Never</source>
        <translation>ยังไม่เคยติดต่อ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>ถึงกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>ติดต่อล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every (months)</source>
        <translation>ทุก (เดือน)</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/summary_model.py" line="+24"/>
        <source>Entries</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/listening/summary_page.py" line="+46"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No segment recorded</source>
        <translation>ไม่ได้ระบุกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No service recorded</source>
        <translation>ไม่ได้ระบุงานบริการ</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/plan_model.py" line="+73"/>
        <source>Heard in total</source>
        <translation>รับฟังทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No segment recorded</source>
        <translation>ไม่ได้ระบุกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{heard} heard · {planned} planned
{status}</source>
        <translation>รับฟัง {heard} · ตามแผน {planned} วิธี
{status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silent planned channels: {count}</source>
        <translation>ช่องทางตามแผนที่ยังไม่ได้รับฟัง: {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Planned: {method} ({channel})</source>
        <translation>ตามแผน: {method} ({channel})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No method planned for this stage.</source>
        <translation>ยังไม่มีวิธีการรับฟังในแผนสำหรับช่วงนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing heard through {channel}</source>
        <translation>ยังไม่ได้รับฟังผ่าน{channel}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Heard through {channel}: {count}</source>
        <translation>รับฟังผ่าน{channel}: {count}</translation>
    </message>
</context>
<context>
    <name>CoverageStatus</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+96"/>
        <source>Planned and heard</source>
        <extracomment>มีแผนและได้รับฟังแล้ว</extracomment>
        <translation>มีแผนและได้รับฟังแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned, nothing heard</source>
        <extracomment>มีแผนแต่ยังไม่ได้รับฟัง</extracomment>
        <translation>มีแผนแต่ยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heard, not in the plan</source>
        <extracomment>ได้รับฟังแต่ไม่มีในแผน</extracomment>
        <translation>ได้รับฟังแต่ไม่มีในแผน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan, nothing heard</source>
        <extracomment>ไม่มีแผนและไม่ได้รับฟัง</extracomment>
        <translation>ไม่มีในแผนและยังไม่ได้รับฟัง</translation>
    </message>
</context>
<context>
    <name>DataSubjectRequests</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/requests.py" line="+176"/>
        <source>A request cannot be received after today.</source>
        <translation>วันที่รับคำขอต้องไม่เกินวันนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say who made the request: choose the person, or type the requester&apos;s name.</source>
        <translation>ระบุผู้ยื่นคำขอ: เลือกบุคคลจากทะเบียน หรือพิมพ์ชื่อผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An answer either does what was asked or refuses it.</source>
        <translation>การตอบคำขอต้องเป็นดำเนินการตามคำขอหรือปฏิเสธคำขอ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the outcome: what was done, or the legal ground of the refusal.</source>
        <translation>กรุณาระบุผลการดำเนินการ: สิ่งที่ได้ดำเนินการ หรือเหตุผลทางกฎหมายของการปฏิเสธ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A request cannot be answered after today.</source>
        <translation>วันที่ตอบคำขอต้องไม่เกินวันนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This request was answered already.</source>
        <translation>คำขอนี้ได้ตอบไปแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A request cannot be answered before it was received.</source>
        <translation>วันที่ตอบคำขอต้องไม่ก่อนวันที่รับคำขอ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link the request to the person&apos;s record first: this answer changes their record.</source>
        <translation>กรุณาเชื่อมคำขอกับข้อมูลของบุคคลในทะเบียนก่อน เพราะการตอบนี้จะเปลี่ยนข้อมูลของบุคคลนั้น</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the consents the person withdraws.</source>
        <translation>กรุณาเลือกความยินยอมที่เจ้าของข้อมูลขอถอน</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The person no longer exists; it may have been merged or deleted.</source>
        <translation>ไม่พบบุคคลนี้แล้ว อาจถูกรวมหรือลบไปแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request no longer exists.</source>
        <translation>ไม่พบคำขอนี้แล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A text is too long: at most {limit} characters.</source>
        <translation>ข้อความยาวเกินไป: ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/vocdesk/db/migrate.py" line="+87"/>
        <source>This database was written by a newer version of VocDesk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>ฐานข้อมูลนี้สร้างโดย VocDesk รุ่นที่ใหม่กว่า (โครงสร้าง {revision}) กรุณาติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิดใช้งาน ข้อมูลไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/database.py" line="+156"/>
        <source>This database is on a database server, not in a file, so VocDesk cannot copy it: back it up with the server&apos;s own tools (pg_dump), or ask the server&apos;s administrator.</source>
        <translation>ฐานข้อมูลนี้อยู่บนเซิร์ฟเวอร์ฐานข้อมูล ไม่ได้อยู่ในไฟล์ VocDesk จึงสำรองข้อมูลให้ไม่ได้ กรุณาสำรองด้วยเครื่องมือของเซิร์ฟเวอร์เอง (pg_dump) หรือติดต่อผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>ไม่สามารถบันทึกไฟล์สำรองข้อมูลไปที่ {path} ได้: {reason}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listening entry</source>
        <translation>รายการรับฟังเสียง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaint case</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>survey</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keyed survey form</source>
        <translation>แบบสอบถามที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {record} was changed in another VocDesk window (or by another officer) after you opened it, so your changes were not saved, to keep theirs. Close the form, open the {record} again and make your change once more.</source>
        <translation>{record}นี้ถูกแก้ไขในหน้าต่าง VocDesk อื่น (หรือโดยเจ้าหน้าที่ท่านอื่น) หลังจากที่ท่านเปิดไว้ ระบบจึงไม่บันทึกการแก้ไขของท่าน เพื่อรักษาการแก้ไขของผู้อื่นไว้ กรุณาปิดแบบฟอร์ม เปิด{record}นั้นใหม่ แล้วแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no database file at {path}.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The database {path} stores text as {encoding}, which cannot hold Thai. Ask the server&apos;s administrator for a database created with the UTF8 encoding (CREATE DATABASE ... ENCODING &apos;UTF8&apos;); nothing was changed.</source>
        <translation>ฐานข้อมูล {path} เก็บข้อความด้วยการเข้ารหัสอักขระ {encoding} ซึ่งเก็บภาษาไทยไม่ได้ กรุณาขอให้ผู้ดูแลเซิร์ฟเวอร์สร้างฐานข้อมูลที่ใช้การเข้ารหัสอักขระ UTF8 (CREATE DATABASE ... ENCODING &apos;UTF8&apos;) ยังไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The database {path} is in use by {login} on {machine} (open since {since}) and stayed locked. Wait for their work to finish, or ask them to close VocDesk, and try again.</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดย {login} ที่เครื่อง {machine} (เปิดไว้ตั้งแต่ {since}) และยังถูกล็อกอยู่ กรุณารอให้งานของผู้นั้นเสร็จ หรือขอให้ปิดโปรแกรม VocDesk แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>The database {path} is in use by another program (locked). Close the other program and try again.</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น (ถูกล็อก) กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The database {path} is read-only: nothing could be saved to it. Copy it to a folder you may write to, or ask for permission to change it, and try again.</source>
        <translation>ฐานข้อมูล {path} เป็นแบบอ่านอย่างเดียว จึงบันทึกข้อมูลใด ๆ ลงไปไม่ได้ กรุณาคัดลอกไฟล์ไปไว้ในโฟลเดอร์ที่มีสิทธิ์เขียน หรือขอสิทธิ์แก้ไขไฟล์ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database {path} could not be written: the disk is full or failing. Nothing of this action was saved. Free some space and try again.</source>
        <translation>บันทึกลงฐานข้อมูล {path} ไม่ได้ เนื่องจากพื้นที่ดิสก์เต็มหรือดิสก์ขัดข้อง รายการนี้จึงไม่ถูกบันทึกแต่อย่างใด กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Someone else changed the same records on the database server at the same moment, so nothing of this action was saved. Try again.</source>
        <translation>มีผู้อื่นแก้ไขข้อมูลเดียวกันบนเซิร์ฟเวอร์ฐานข้อมูลในเวลาเดียวกัน จึงไม่ได้บันทึกสิ่งใดจากการทำงานนี้ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database server {path} could not save this action: its disk or memory is full. Nothing of this action was saved. Tell the server&apos;s administrator.</source>
        <translation>เซิร์ฟเวอร์ฐานข้อมูล {path} บันทึกการทำงานนี้ไม่ได้ เนื่องจากดิสก์หรือหน่วยความจำเต็ม ไม่ได้บันทึกสิ่งใดจากการทำงานนี้ กรุณาแจ้งผู้ดูแลเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database server {path} could not be reached or closed the connection: {reason}. Nothing of this action was saved. Check the network and that the server is running, and try again.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูล {path} ไม่ได้ หรือเซิร์ฟเวอร์ปิดการเชื่อมต่อ: {reason} ไม่ได้บันทึกสิ่งใดจากการทำงานนี้ กรุณาตรวจสอบเครือข่ายและว่าเซิร์ฟเวอร์ทำงานอยู่ แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file {path} is not a VocDesk database or is damaged. Open another file or restore a backup.</source>
        <translation>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ VocDesk หรือไฟล์เสียหาย กรุณาเปิดไฟล์อื่นหรือกู้คืนจากไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} could not be opened: {reason}</source>
        <translation>ไม่สามารถเปิดฐานข้อมูล {path} ได้: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database {path} is encrypted: it can be checked only with its passphrase. Nothing was read.</source>
        <translation>ฐานข้อมูล {path} ถูกเข้ารหัส: ตรวจสอบได้เมื่อใส่วลีรหัสผ่านของฐานข้อมูลเท่านั้น ยังไม่ได้อ่านข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no database file at {path}</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>damaged: {details}</source>
        <translation>ไฟล์เสียหาย: {details}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rows point to missing records (table {table})</source>
        <translation>มี {count} แถวที่อ้างถึงรายการที่ไม่มีอยู่ (ตาราง {table})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a VocDesk database (no schema version)</source>
        <translation>ไม่ใช่ฐานข้อมูลของ VocDesk (ไม่มีรุ่นโครงสร้าง)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>schema {current} differs from this version&apos;s {head}</source>
        <translation>โครงสร้างรุ่น {current} ไม่ตรงกับรุ่น {head} ของโปรแกรมนี้</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+32"/>
        <source>cannot be read: {details}</source>
        <translation>อ่านไฟล์ไม่ได้: {details}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/vocdesk/domain/thai_dates.py" line="+122"/>
        <source>Enter a date.</source>
        <translation>กรุณาระบุวันที่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{value}” is not a date: type it as dd/mm/yyyy, for example 01/10/2567.</source>
        <translation>“{value}” ไม่ใช่วันที่ กรุณาพิมพ์ในรูปแบบ วว/ดด/ปปปป เช่น 01/10/2567</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a valid date: check the day and month.</source>
        <translation>“{value}” ไม่ใช่วันที่ที่ถูกต้อง กรุณาตรวจสอบวันและเดือน</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../src/vocdesk/services/demo/generate.py" line="+88"/>
        <source>The scale must be 1 or more, not {scale}.</source>
        <translation>ปริมาณข้อมูลต้องเป็น 1 ขึ้นไป ไม่ใช่ {scale}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database already holds {count} stakeholders. Demonstration data is only added to an empty database, so that it never mixes with real records.</source>
        <translation>ฐานข้อมูลนี้มีผู้รับบริการและผู้มีส่วนได้ส่วนเสียอยู่แล้ว {count} ราย ข้อมูลตัวอย่างจะเพิ่มลงในฐานข้อมูลว่างเท่านั้น เพื่อไม่ให้ปะปนกับข้อมูลจริง</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The database has no channels or complaint categories to use.</source>
        <translation>ฐานข้อมูลนี้ไม่มีช่องทางหรือประเภทเรื่องร้องเรียนให้ใช้</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/double_entry_page.py" line="+59"/>
        <source>Form</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First keying</source>
        <translation>บันทึกครั้งที่ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second keying</source>
        <translation>บันทึกครั้งที่ 2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date of the form</source>
        <translation>วันที่ของแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— (no answer)</source>
        <translation>— (ไม่ได้ตอบ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no opinion / not applicable</source>
        <translation>ไม่มีความคิดเห็น / ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>importance {importance}, satisfaction {value}</source>
        <translation>ความสำคัญ {importance} ความพึงพอใจ {value}</translation>
    </message>
</context>
<context>
    <name>DimensionsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/design_dialog.py" line="+508"/>
        <source>Survey dimensions</source>
        <translation>ด้านของแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English name</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add dimension</source>
        <translation>เพิ่มด้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../src/vocdesk/ui/models/display.py" line="+80"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>DissatisfiedCommentsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/results_models.py" line="+320"/>
        <source>Comment</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Their mean</source>
        <translation>ค่าเฉลี่ยของผู้ตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items rated low</source>
        <translation>ข้อที่ให้คะแนนต่ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>เลขที่แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s comment, or an answer to an open question</source>
        <translation>ความคิดเห็นในแบบสอบถาม หรือคำตอบของคำถามปลายเปิด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The respondent&apos;s mean rating</source>
        <translation>ค่าเฉลี่ยคะแนนของผู้ตอบรายนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items they answered in the bottom two levels</source>
        <translation>ข้อที่ตอบในสองระดับล่างสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form number</source>
        <translation>เลขที่แบบสอบถาม</translation>
    </message>
</context>
<context>
    <name>DoubleEntry</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/double_entry.py" line="+176"/>
        <source>Form {number} is no longer keyed in both passes; compare the passes again.</source>
        <translation>แบบสอบถามเลขที่ {number} ไม่ได้บันทึกไว้ครบทั้งสองครั้งแล้ว โปรดเปรียบเทียบใหม่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>DoubleEntryPage</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/double_entry_page.py" line="+77"/>
        <source>Double-entry check</source>
        <translation>ตรวจการบันทึกซ้ำ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keep the first keying&apos;s value</source>
        <translation>ใช้ค่าจากการบันทึกครั้งที่ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the second keying&apos;s value</source>
        <translation>ใช้ค่าจากการบันทึกครั้งที่ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare again</source>
        <translation>เปรียบเทียบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the paper form: the value chosen goes into both keyings; the first is the data analysed</source>
        <translation>ดูจากแบบสอบถามกระดาษ: ค่าที่เลือกจะบันทึกลงทั้งสองครั้ง และครั้งที่ 1 คือข้อมูลที่นำไปวิเคราะห์</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a survey to compare its two keyings.</source>
        <translation>เลือกแบบสำรวจเพื่อเปรียบเทียบการบันทึกทั้งสองครั้ง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forms keyed twice: {compared} · agreeing: {agreeing} · with differences: {forms} · differences to resolve: {count}</source>
        <translation>แบบสอบถามที่บันทึกสองครั้ง: {compared} · ตรงกัน: {agreeing} · มีจุดต่าง: {forms} · จุดต่างที่ต้องแก้: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyed in the first keying only: {numbers}</source>
        <translation>บันทึกเฉพาะครั้งที่ 1: {numbers}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyed in the second keying only: {numbers}</source>
        <translation>บันทึกเฉพาะครั้งที่ 2: {numbers}</translation>
    </message>
</context>
<context>
    <name>DueRecordsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/retention_model.py" line="+22"/>
        <source>(confidential)</source>
        <translation>(เรื่องลับ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>นับจาก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept until</source>
        <translation>เก็บถึง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
</context>
<context>
    <name>EncryptDatabaseDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/encryption/encrypt_dialog.py" line="+139"/>
        <source>Database encryption</source>
        <translation>การเข้ารหัสฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is encrypted: its file and its backups can only be opened with the passphrase. Change the passphrase, or remove the encryption.</source>
        <translation>ฐานข้อมูลนี้ถูกเข้ารหัสไว้ ไฟล์และสำเนาสำรองของฐานข้อมูลจะเปิดได้ด้วยวลีรหัสผ่านเท่านั้น เลือกเปลี่ยนวลีรหัสผ่าน หรือถอดการเข้ารหัส</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypt this database: its file and its backups can then only be opened with the passphrase, which VocDesk asks for each time the file is opened.</source>
        <translation>เข้ารหัสฐานข้อมูลนี้ แล้วไฟล์และสำเนาสำรองของฐานข้อมูลจะเปิดได้ด้วยวลีรหัสผ่านเท่านั้น โดย VocDesk จะถามวลีรหัสผ่านทุกครั้งที่เปิดไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change the passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove the encryption (a plain file again)</source>
        <translation>ถอดการเข้ารหัส (กลับเป็นไฟล์ธรรมดา)(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>วลีรหัสผ่านปัจจุบัน(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New passphrase:</source>
        <translation>วลีรหัสผ่านใหม่(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase &amp;again:</source>
        <translation>วลีรหัสผ่านใหม่อีกครั้ง(&amp;A):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At least {length} characters; a few words together make a good passphrase.</source>
        <translation>อย่างน้อย {length} ตัวอักษร การนำหลายคำมาต่อกันจะได้วลีรหัสผ่านที่ดี</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A lost passphrase means lost data: nobody, not even VocDesk&apos;s makers, can open the database or its backups without it. Write it down and keep it somewhere safe before you go on.</source>
        <translation>หากลืมวลีรหัสผ่าน ข้อมูลจะสูญหาย ไม่มีใครเปิดฐานข้อมูลหรือสำเนาสำรองได้หากไม่มีวลีนี้ แม้แต่ผู้พัฒนา VocDesk โปรดจดวลีรหัสผ่านไว้และเก็บในที่ปลอดภัยก่อนดำเนินการต่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have written the passphrase down and kept it safe</source>
        <translation>ฉันจดวลีรหัสผ่านไว้และเก็บในที่ปลอดภัยแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove encryption</source>
        <translation>ถอดการเข้ารหัส</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change passphrase</source>
        <translation>เปลี่ยนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt</source>
        <translation>เข้ารหัส</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../src/vocdesk/services/encryption.py" line="+55"/>
        <source>The database {path} is encrypted: enter its passphrase to open it.</source>
        <translation>ฐานข้อมูล {path} ถูกเข้ารหัสไว้ ต้องใส่วลีรหัสผ่านของฐานข้อมูลนี้จึงจะเปิดได้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrong passphrase: it does not open the database {path}. Nothing was changed; try again (capital letters and the keyboard language count).</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง เปิดฐานข้อมูล {path} ไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยนแปลง โปรดลองอีกครั้ง (ตัวพิมพ์ใหญ่-เล็กและภาษาของแป้นพิมพ์มีผล)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>วลีรหัสผ่านต้องมีอย่างน้อย {count} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>วลีรหัสผ่านที่พิมพ์สองครั้งไม่ตรงกัน โปรดพิมพ์วลีเดียวกันทั้งสองครั้ง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database {path} is already encrypted.</source>
        <translation>ฐานข้อมูล {path} ถูกเข้ารหัสอยู่แล้ว</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only a local database file can be encrypted.</source>
        <translation>เข้ารหัสได้เฉพาะไฟล์ฐานข้อมูลในเครื่องนี้เท่านั้น</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The database {path} is not encrypted.</source>
        <translation>ฐานข้อมูล {path} ไม่ได้เข้ารหัสไว้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no database file at {path}.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The converted copy of the database did not check out, so it was not used; the database is unchanged.</source>
        <translation>สำเนาฐานข้อมูลที่แปลงแล้วตรวจสอบไม่ผ่าน จึงไม่ได้นำมาใช้ ฐานข้อมูลยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database {path} is in use by another program (locked): close it there and try again. Nothing was changed.</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น (ถูกล็อก) โปรดปิดโปรแกรมนั้นแล้วลองอีกครั้ง ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} could not be converted: {reason}. Nothing was changed.</source>
        <translation>แปลงฐานข้อมูล {path} ไม่สำเร็จ: {reason} ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>EngagementLevel</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+17"/>
        <location filename="../src/vocdesk/ui/relationships/indicators_panel.py" line="+44"/>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/indicators_panel.py" line="+1"/>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/indicators_panel.py" line="+1"/>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/indicators_panel.py" line="+1"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>EngagementRule</name>
    <message>
        <location filename="../src/vocdesk/domain/relationships_engagement.py" line="+74"/>
        <source>{count} or more interactions in 12 months</source>
        <translation>ติดต่อกัน {count} ครั้งขึ้นไปในรอบ 12 เดือน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>last contact within {days} days</source>
        <translation>ติดต่อครั้งล่าสุดภายใน {days} วัน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no open complaint</source>
        <translation>ไม่มีเรื่องร้องเรียนค้างอยู่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last satisfaction score, if any, {percent}% or more</source>
        <translation>คะแนนความพึงพอใจครั้งล่าสุด (ถ้ามี) ร้อยละ {percent} ขึ้นไป</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>at least one interaction in 12 months</source>
        <translation>ติดต่อกันอย่างน้อย 1 ครั้งในรอบ 12 เดือน</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>High: {interactions}, {recent}, {complaints}, {satisfaction}</source>
        <translation>สูง: {interactions} {recent} {complaints} และ{satisfaction}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Medium: {interactions}, {recent}, {satisfaction}</source>
        <translation>ปานกลาง: {interactions} {recent} และ{satisfaction}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low: {interactions}</source>
        <translation>ต่ำ: {interactions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: no interaction in 12 months</source>
        <translation>ไม่มี: ไม่มีการติดต่อในรอบ 12 เดือน</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/vocdesk/ui/errors.py" line="+47"/>
        <source>Something went wrong and this could not be finished. Please try again.</source>
        <translation>เกิดข้อผิดพลาด ทำรายการนี้ไม่สำเร็จ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} could not be used: {reason}.</source>
        <translation>ไม่สามารถใช้ไฟล์ {path} ได้ เนื่องจาก{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file could not be used: {reason}.</source>
        <translation>ไม่สามารถใช้ไฟล์ได้ เนื่องจาก{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong and this could not be finished. The details were saved in the log file:
{path}
Please try again, and if it happens again send that file to your IT support.</source>
        <translation>เกิดข้อผิดพลาด ทำรายการนี้ไม่สำเร็จ รายละเอียดถูกบันทึกไว้ในไฟล์บันทึกการทำงาน:
{path}
กรุณาลองอีกครั้ง หากยังเกิดขึ้นอีก กรุณาส่งไฟล์นั้นให้ฝ่ายสนับสนุนด้านไอที</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../src/vocdesk/services/exchange/merge.py" line="+36"/>
        <source>The bundle was made by a VocDesk whose database is at revision {theirs}; this database is at revision {ours}. Update both offices to the same VocDesk, then send the bundle again.</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลนี้สร้างโดย VocDesk ที่ฐานข้อมูลอยู่ที่รุ่น {theirs} แต่ฐานข้อมูลนี้อยู่ที่รุ่น {ours} โปรดปรับปรุงทั้งสองสำนักงานให้ใช้ VocDesk รุ่นเดียวกัน แล้วส่งไฟล์มาใหม่</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was made by this office ({office}): it has nothing to receive.</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลนี้สร้างโดยสำนักงานนี้เอง ({office}) จึงไม่มีข้อมูลให้รับเข้า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle was made for the office {destination}, and this is the office {office}: it was not received. Ask the office {sender} to send a bundle to {office}.</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลนี้สร้างไว้สำหรับสำนักงาน {destination} แต่ที่นี่คือสำนักงาน {office} จึงไม่ได้รับเข้า โปรดขอให้สำนักงาน {sender} ส่งไฟล์สำหรับ {office}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/exchange/merge_parts.py" line="+25"/>
        <source>The bundle cannot be received: its record {id} of {table} refers to {parent_id} of {parent}, which is neither in this database nor in the bundle. Nothing was written. Ask the office {office} to send everything again (Send with &quot;everything&quot;).</source>
        <translation>รับไฟล์แลกเปลี่ยนข้อมูลนี้ไม่ได้: ระเบียน {id} ของ {table} อ้างถึง {parent_id} ของ {parent} ซึ่งไม่มีทั้งในฐานข้อมูลนี้และในไฟล์ จึงไม่ได้บันทึกสิ่งใด โปรดขอให้สำนักงาน {office} ส่งข้อมูลทั้งหมดมาใหม่ (ส่งแบบ &quot;ทั้งหมด&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle cannot be received: its records of {table} could not be read ({reason}). Nothing was written.</source>
        <translation>รับไฟล์แลกเปลี่ยนข้อมูลนี้ไม่ได้: อ่านระเบียนของ {table} ไม่ได้ ({reason}) จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The bundle cannot be received: a record of {table} would take a value another record here already has ({reason}). Nothing was written. Change the value in one of the two offices, then receive this same file again: the sending office&apos;s next bundle will not hold these records again unless it sends everything.</source>
        <translation>รับไฟล์แลกเปลี่ยนข้อมูลนี้ไม่ได้: ระเบียนของ {table} จะมีค่าซ้ำกับระเบียนอื่นที่มีอยู่แล้วในฐานข้อมูลนี้ ({reason}) จึงไม่ได้บันทึกสิ่งใด ให้แก้ค่านั้นที่สำนักงานใดสำนักงานหนึ่ง แล้วรับไฟล์เดิมนี้อีกครั้ง เพราะไฟล์ถัดไปที่สำนักงานผู้ส่งส่งมาจะไม่มีระเบียนเหล่านี้อีก เว้นแต่จะส่งข้อมูลทั้งหมด</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/exchange/service.py" line="+45"/>
        <source>This installation has no office code yet, and a bundle names the office it comes from. An administrator gives it in File › Settings… (This office), or with vocdesk settings set office_code; then the bundle can be sent.</source>
        <translation>เครื่องนี้ยังไม่มีรหัสสำนักงาน และไฟล์แลกเปลี่ยนข้อมูลต้องระบุสำนักงานที่ส่ง ผู้ดูแลระบบกำหนดได้ที่ ไฟล์ › การตั้งค่า… (สำนักงานนี้) หรือด้วยคำสั่ง vocdesk settings set office_code แล้วจึงส่งไฟล์ได้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{office} is this office&apos;s own code: a bundle is sent to another office.</source>
        <translation>{office} เป็นรหัสของสำนักงานนี้เอง ไฟล์แลกเปลี่ยนข้อมูลต้องส่งไปยังสำนักงานอื่น</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/exchange/conflicts.py" line="+57"/>
        <source>There is no such conflict (it may have been removed).</source>
        <translation>ไม่พบข้อขัดแย้งนี้ (อาจถูกลบไปแล้ว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict was already settled by {user}.</source>
        <translation>ข้อขัดแย้งนี้ได้รับการตัดสินแล้วโดย {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record of this conflict is no longer in this database (it was deleted): its value cannot be changed. Keep the value it holds to close the conflict.</source>
        <translation>ระเบียนของข้อขัดแย้งนี้ไม่อยู่ในฐานข้อมูลนี้แล้ว (ถูกลบ) จึงเปลี่ยนค่าไม่ได้ โปรดเลือกคงค่าที่มีอยู่เพื่อปิดข้อขัดแย้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The record of this conflict was anonymised: its former value cannot be taken back. Keep the value it holds to close the conflict.</source>
        <translation>ระเบียนของข้อขัดแย้งนี้ถูกทำให้ไม่สามารถระบุตัวบุคคลได้แล้ว จึงนำค่าเดิมกลับมาไม่ได้ โปรดเลือกคงค่าที่มีอยู่เพื่อปิดข้อขัดแย้ง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/exchange/common.py" line="+22"/>
        <source>VocDesk bundles (*.vocbundle)</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูล VocDesk (*.vocbundle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>FeedbackBreakdownModel</name>
    <message>
        <location filename="../src/vocdesk/ui/overview/model.py" line="-171"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the service</source>
        <translation>ช่วงของวงจรการรับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback entries</source>
        <translation>จำนวนข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
</context>
<context>
    <name>FeedbackEntryCheck</name>
    <message>
        <location filename="../src/vocdesk/services/listening/entry.py" line="+167"/>
        <source>Write what was heard.</source>
        <translation>กรุณาบันทึกสิ่งที่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was heard has {length} characters; at most {limit} fit.</source>
        <translation>สิ่งที่ได้รับฟังยาว {length} ตัวอักษร บันทึกได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The staff member&apos;s name is longer than {limit} characters.</source>
        <translation>ชื่อเจ้าหน้าที่ยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reference is longer than {limit} characters.</source>
        <translation>เลขอ้างอิงยาวเกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time heard ({moment}) is in the future.</source>
        <translation>เวลาที่รับฟัง ({moment}) เป็นเวลาในอนาคต</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the channel it came through.</source>
        <translation>กรุณาเลือกช่องทางที่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} chosen no longer exists; choose again.</source>
        <translation>{what}ที่เลือกไม่มีอยู่แล้ว กรุณาเลือกใหม่</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The entry no longer exists: someone else deleted it.</source>
        <translation>ไม่พบรายการนี้แล้ว อาจมีผู้อื่นลบไป</translation>
    </message>
</context>
<context>
    <name>FeedbackFilterBar</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/feedback_log.py" line="+164"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stages</source>
        <translation>ทุกช่วงการรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sentiment</source>
        <translation>ทุกความรู้สึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All segments</source>
        <translation>ทุกกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>ทุกบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All offices</source>
        <translation>ทุกสำนักงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/feedback_form.py" line="+193"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <source>(the stakeholder&apos;s segment)</source>
        <translation>(ตามกลุ่มของผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย)</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(retired channel)</source>
        <translation>(ช่องทางที่เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listening log entry No. {number}</source>
        <translation>บันทึกการรับฟังเลขที่ {number}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(the stakeholder&apos;s segment: {segment})</source>
        <translation>(ตามกลุ่มของผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย: {segment})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved as entry No. {number}.</source>
        <translation>บันทึกแล้ว เลขที่ {number}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New listening log entry</source>
        <translation>บันทึกการรับฟังใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>ช่องทาง(&amp;C):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tage:</source>
        <translation>ช่วงการรับบริการ(&amp;T):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;ype:</source>
        <translation>ประเภท(&amp;Y):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When &amp;heard:</source>
        <translation>วันเวลาที่รับฟัง(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senti&amp;ment:</source>
        <translation>ความรู้สึก(&amp;M):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ser&amp;vice:</source>
        <translation>บริการ(&amp;V):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;What was said:</source>
        <translation>สิ่งที่ได้รับฟัง(&amp;W):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>ผู้ให้ข้อมูล(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gment:</source>
        <translation>กลุ่มผู้รับบริการ(&amp;G):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Office:</source>
        <translation>สำนักงาน(&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stat&amp;us:</source>
        <translation>สถานะ(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>St&amp;aff:</source>
        <translation>เจ้าหน้าที่(&amp;A):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name, phone or ID to find the stakeholder</source>
        <translation>พิมพ์ชื่อ เบอร์โทรศัพท์ หรือเลขประจำตัว เพื่อค้นหาผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words heard, as said</source>
        <translation>ข้อความที่ได้รับฟังตามที่ผู้รับบริการกล่าว</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <location filename="../src/vocdesk/services/listening/transfer.py" line="+191"/>
        <source>there is no segment “{value}”; add it first or correct it.</source>
        <translation>ไม่มีกลุ่มผู้รับบริการ “{value}” กรุณาเพิ่มก่อนหรือแก้ไขให้ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no service “{value}”; add it first or correct it.</source>
        <translation>ไม่มีบริการ “{value}” กรุณาเพิ่มก่อนหรือแก้ไขให้ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no office “{value}”; add it first or correct it.</source>
        <translation>ไม่มีสำนักงาน “{value}” กรุณาเพิ่มก่อนหรือแก้ไขให้ถูกต้อง</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no stakeholder has the id {value}.</source>
        <translation>ไม่มีผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียที่มีรหัส {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The channel “{name}” was not in the catalogue and was added (row {row}).</source>
        <translation>ช่องทาง “{name}” ยังไม่มีในรายการช่องทาง จึงเพิ่มให้แล้ว (แถว {row})</translation>
    </message>
</context>
<context>
    <name>FeedbackStatus</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="-38"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+4"/>
        <source>New</source>
        <extracomment>ใหม่ (ยังไม่ได้พิจารณา)</extracomment>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Reviewed</source>
        <extracomment>พิจารณาแล้ว</extracomment>
        <translation>พิจารณาแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Acted on</source>
        <extracomment>นำไปดำเนินการแล้ว</extracomment>
        <translation>นำไปดำเนินการแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Closed</source>
        <extracomment>ปิดแล้ว</extracomment>
        <translation>ปิดแล้ว</translation>
    </message>
</context>
<context>
    <name>FeedbackType</name>
    <message>
        <location line="-10"/>
        <location filename="../src/vocdesk/ui/labels.py" line="-303"/>
        <source>Need</source>
        <extracomment>ความต้องการ</extracomment>
        <translation>ความต้องการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Expectation</source>
        <extracomment>ความคาดหวัง</extracomment>
        <translation>ความคาดหวัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Suggestion</source>
        <extracomment>ข้อเสนอแนะ</extracomment>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Compliment</source>
        <extracomment>คำชมเชย</extracomment>
        <translation>คำชมเชย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Inquiry</source>
        <extracomment>ข้อสอบถาม</extracomment>
        <translation>ข้อสอบถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Complaint</source>
        <extracomment>ข้อร้องเรียน</extracomment>
        <translation>ข้อร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Other</source>
        <extracomment>อื่น ๆ</extracomment>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <location filename="../src/vocdesk/domain/os_errors.py" line="+18"/>
        <source>the file or folder does not exist</source>
        <translation>ไม่พบไฟล์หรือโฟลเดอร์ดังกล่าว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not allowed to read or write it (ask IT for access)</source>
        <translation>ไม่มีสิทธิ์อ่านหรือเขียน (โปรดติดต่อเจ้าหน้าที่ไอทีเพื่อขอสิทธิ์)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a folder, not a file</source>
        <translation>รายการนี้เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk or folder is read-only</source>
        <translation>ดิสก์หรือโฟลเดอร์นั้นอ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a VocDesk database (or it is damaged)</source>
        <translation>ไฟล์นี้ไม่ใช่ฐานข้อมูล VocDesk (หรือไฟล์เสียหาย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>ชื่อไฟล์ยาวเกินไป</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/first_admin_dialog.py" line="+68"/>
        <source>The first administrator</source>
        <translation>ผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database has no administrator yet. Whoever sets it up becomes its administrator: they add the other people who work with it, give them their roles and may read its confidential complaints and personal data. Choose your sign-in name and a password.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีผู้ดูแลระบบ ผู้ที่ตั้งค่าฐานข้อมูลจะเป็นผู้ดูแลระบบ ซึ่งเพิ่มผู้ใช้คนอื่น กำหนดบทบาท และอ่านเรื่องร้องเรียนลับและข้อมูลส่วนบุคคลได้ กรุณาตั้งชื่อผู้ใช้และรหัสผ่านของท่าน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in &amp;name:</source>
        <translation>ชื่อผู้ใช้(&amp;N):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Display name:</source>
        <translation>ชื่อที่แสดง(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password &amp;again:</source>
        <translation>ยืนยันรหัสผ่าน(&amp;A):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as it appears on cases and in the audit trail</source>
        <translation>ชื่อที่ปรากฏในเรื่องร้องเรียนและประวัติการใช้งาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create and sign in</source>
        <translation>สร้างและเข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>ไว้ภายหลัง</translation>
    </message>
</context>
<context>
    <name>FiscalYears</name>
    <message>
        <location filename="../src/vocdesk/ui/fiscal_years.py" line="+33"/>
        <source>{year} (B.E. {be_year})</source>
        <translation>{be_year} (ค.ศ. {year})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fiscal year {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/steps.py" line="-38"/>
        <source>Follow-up with the complainant</source>
        <translation>ติดตามผลกับผู้ร้องเรียน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not known</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction (1–5):</source>
        <translation>ความพึงพอใจ (1–5):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>ความคิดเห็น:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust restored:</source>
        <translation>ความเชื่อมั่นกลับคืน:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>GapCellsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/overview/model.py" line="+210"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the service</source>
        <translation>ช่วงของวงจรการรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is missing</source>
        <translation>สิ่งที่ยังขาด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned, nothing heard</source>
        <translation>มีแผนแต่ยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither a plan nor a voice</source>
        <translation>ไม่มีในแผนและยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no segment)</source>
        <translation>(ไม่ระบุกลุ่ม)</translation>
    </message>
</context>
<context>
    <name>HolidayImport</name>
    <message>
        <location filename="../src/vocdesk/services/holidays.py" line="+441"/>
        <source>{date} is in the holiday list twice; nothing was imported.</source>
        <translation>วันที่ {date} อยู่ในรายการวันหยุดสองครั้ง จึงไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Due dates counted again on the new calendar: cases {cases}, follow-up reminders {reminders}.</source>
        <translation>คำนวณวันครบกำหนดใหม่ตามปฏิทินที่เปลี่ยนแปลงแล้ว: เรื่องร้องเรียน {cases} เรื่อง การแจ้งเตือนติดตามผล {reminders} รายการ</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <location line="-91"/>
        <source>Give the day off a name.</source>
        <translation>โปรดระบุชื่อวันหยุด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A holiday&apos;s name has at most {count} characters.</source>
        <translation>ชื่อวันหยุดยาวได้ไม่เกิน {count} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/holidays/holidays_dialog.py" line="+117"/>
        <source>{name} (worked: {national})</source>
        <translation>{name} (เปิดทำการ: {national})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>หยุดทำการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open (working day)</source>
        <translation>เปิดทำการ (วันทำการ)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n day(s) off on a weekday this year.</source>
        <translation>
            <numerusform>ปีนี้มีวันหยุดที่ตรงกับวันจันทร์ถึงวันศุกร์ %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public holiday</source>
        <translation>วันหยุดนักขัตฤกษ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government holiday</source>
        <translation>วันหยุดราชการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency</source>
        <translation>หน่วยงานกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This office</source>
        <translation>สำนักงานนี้กำหนด</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Count due dates again</source>
        <translation>คำนวณวันครบกำหนดใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the due dates of every open case and follow-up reminder, and of the finished cases received in {year}, again on today&apos;s calendar? The finished cases&apos; within-standard results may change.</source>
        <translation>ต้องการคำนวณวันครบกำหนดของเรื่องที่ยังไม่ยุติและการแจ้งเตือนติดตามผลทั้งหมด รวมทั้งเรื่องที่ยุติแล้วซึ่งรับในปี {year} ใหม่ตามปฏิทินปัจจุบันหรือไม่ ผลการดำเนินการภายในระยะเวลามาตรฐานของเรื่องที่ยุติแล้วอาจเปลี่ยนไป</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>เรื่องร้องเรียน %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up reminder(s)</source>
        <translation>
            <numerusform>การแจ้งเตือนติดตามผล %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. Due dates counted again: {cases} and {reminders}.</source>
        <translation>บันทึกแล้ว คำนวณวันครบกำหนดใหม่ให้{cases} และ{reminders}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Holidays and working days</source>
        <translation>วันหยุดและวันทำการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>ปี:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar of:</source>
        <translation>ปฏิทินของ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole agency</source>
        <translation>ทั้งหน่วยงาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>วันหยุด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a day off…</source>
        <translation>เพิ่มวันหยุด…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a working day</source>
        <translation>กำหนดเป็นวันทำการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this change</source>
        <translation>ยกเลิกการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count due dates again…</source>
        <translation>คำนวณวันครบกำหนดใหม่…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public and government holidays come from Thailand&apos;s official calendar (the holidays package: lunar days, in-lieu days and the Cabinet&apos;s announced days). Shaded rows are the agency&apos;s own changes; an office&apos;s change wins over the agency&apos;s. A case counts the working days of its office. Each change counts the due dates of open cases and follow-up reminders it concerns again; finished cases keep theirs unless you count them again.</source>
        <translation>วันหยุดนักขัตฤกษ์และวันหยุดราชการมาจากปฏิทินทางการของประเทศไทย (ชุดข้อมูล holidays ซึ่งคำนวณวันหยุดทางจันทรคติ วันหยุดชดเชย และวันหยุดที่คณะรัฐมนตรีประกาศ) แถวที่แรเงาคือการเปลี่ยนแปลงของหน่วยงานเอง โดยการเปลี่ยนแปลงของสำนักงานมีผลเหนือการเปลี่ยนแปลงของหน่วยงาน เรื่องร้องเรียนแต่ละเรื่องนับวันทำการตามปฏิทินของสำนักงานที่รับผิดชอบ ทุกการเปลี่ยนแปลงจะคำนวณวันครบกำหนดของเรื่องที่ยังไม่ยุติและการแจ้งเตือนติดตามผลที่เกี่ยวข้องใหม่ ส่วนเรื่องที่ยุติแล้วคงวันครบกำหนดเดิมไว้ เว้นแต่จะสั่งคำนวณใหม่</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../src/vocdesk/ui/transfer/check_page.py" line="+37"/>
        <source>Check the whole file</source>
        <translation>ตรวจสอบทั้งไฟล์</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy the list</source>
        <translation>คัดลอกรายการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the list as CSV…</source>
        <translation>บันทึกรายการเป็น CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking every row…</source>
        <translation>กำลังตรวจสอบทุกแถว…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>No problems: %Ln row(s) ready. Press Import to write them.</source>
        <translation>
            <numerusform>ไม่พบปัญหา พร้อมนำเข้า %Ln แถว กด นำเข้า เพื่อบันทึกข้อมูล</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n problem(s). Nothing will be imported: correct the file and import it again.</source>
        <translation>
            <numerusform>พบปัญหา %n รายการ ระบบจะไม่นำเข้าข้อมูลใด ๆ กรุณาแก้ไขไฟล์แล้วนำเข้าใหม่อีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {shown} are listed; copy or save the list to have them all.</source>
        <translation>แสดง {shown} รายการแรก คัดลอกหรือบันทึกรายการเพื่อดูทั้งหมด</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+8"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+19"/>
        <location line="+8"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+19"/>
        <location line="+8"/>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the list of problems</source>
        <translation>บันทึกรายการปัญหา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list could not be saved: {reason}</source>
        <translation>บันทึกรายการไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <location filename="../src/vocdesk/ui/transfer/mapping_pages.py" line="+46"/>
        <source>Which column is which</source>
        <translation>จับคู่คอลัมน์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns marked * are required. Headings in English or Thai are recognised.</source>
        <translation>คอลัมน์ที่มีเครื่องหมาย * ต้องมี ระบบรู้จักหัวคอลัมน์ทั้งภาษาอังกฤษและภาษาไทย</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>— not in the file —</source>
        <translation>— ไม่มีในไฟล์ —</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Columns of the file that VocDesk does not know</source>
        <translation>คอลัมน์ในไฟล์ที่ VocDesk ไม่รู้จัก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— choose: use it or skip it —</source>
        <translation>— เลือก: นำไปใช้หรือข้าม —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip this column (it is not imported)</source>
        <translation>ข้ามคอลัมน์นี้ (ไม่นำเข้า)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use it as: {column}</source>
        <translation>ใช้เป็น: {column}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Online forms add this column to every export; it is usually skipped.</source>
        <translation>แบบฟอร์มออนไลน์เพิ่มคอลัมน์นี้ในไฟล์ที่ส่งออกทุกครั้ง โดยปกติให้ข้ามคอลัมน์นี้</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the file&apos;s column for: {columns}.</source>
        <translation>เลือกคอลัมน์ของไฟล์สำหรับ: {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One column of the file is chosen for two columns.</source>
        <translation>มีคอลัมน์หนึ่งในไฟล์ที่เลือกใช้กับสองคอลัมน์ โปรดเลือกใหม่</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>VocDesk does not know %n column(s) of the file: choose, for each, the column it stands for, or skip it: {columns}.</source>
        <translation>
            <numerusform>VocDesk ไม่รู้จักคอลัมน์ในไฟล์ %n คอลัมน์ โปรดเลือกว่าแต่ละคอลัมน์ตรงกับคอลัมน์ใด หรือเลือกข้าม: {columns}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDonePage</name>
    <message>
        <location filename="../src/vocdesk/ui/transfer/done_page.py" line="+27"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Imported %Ln row(s) from {file}: {added} added, {updated} updated.</source>
        <translation>
            <numerusform>นำเข้าข้อมูล %Ln แถวจาก {file} แล้ว (เพิ่มใหม่ {added} แถว ปรับปรุง {updated} แถว)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported.</source>
        <translation>ไม่มีการนำเข้าข้อมูลใด ๆ</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../src/vocdesk/ui/transfer/file_pages.py" line="+33"/>
        <source>Choose the file</source>
        <translation>เลือกไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A CSV file (UTF-8, or Thai Windows text) or an Excel workbook (.xlsx), with the column headings in row 1, in English or Thai. Required columns: {columns}. Nothing is imported until every row has been checked, and nothing at all if the file has any problem.</source>
        <translation>ไฟล์ CSV (UTF-8 หรือข้อความภาษาไทยของ Windows) หรือสมุดงาน Excel (.xlsx) ที่มีหัวคอลัมน์ในแถวที่ 1 เป็นภาษาอังกฤษหรือภาษาไทย คอลัมน์ที่ต้องมี: {columns} ระบบจะนำเข้าหลังจากตรวจสอบครบทุกแถวแล้วเท่านั้น และจะไม่นำเข้าเลยหากไฟล์มีปัญหาใด ๆ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CSV or Excel (*.csv *.xlsx *.xlsm *.txt)</source>
        <translation>CSV หรือ Excel (*.csv *.xlsx *.xlsm *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location line="+14"/>
        <source>Check that this is the right file</source>
        <translation>ตรวจดูว่าเป็นไฟล์ที่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading {file}…</source>
        <translation>กำลังอ่าน {file}…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Excel workbook</source>
        <translation>สมุดงาน Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thai Windows text (cp874)</source>
        <translation>ข้อความภาษาไทยของ Windows (cp874)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 text</source>
        <translation>ข้อความ UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{file} ({kind}): %Ln data row(s). The first {shown} are shown.</source>
        <translation>
            <numerusform>{file} ({kind}): มีข้อมูล %Ln แถว แสดง {shown} แถวแรก</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportValuesPage</name>
    <message>
        <location filename="../src/vocdesk/ui/transfer/mapping_pages.py" line="+26"/>
        <source>What the file&apos;s words mean</source>
        <translation>ความหมายของคำในไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose, for each word of the file that VocDesk does not know, the value it stands for.</source>
        <translation>เลือกค่าที่ตรงกับคำแต่ละคำในไฟล์ที่ VocDesk ไม่รู้จัก</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking for words to map…</source>
        <translation>กำลังหาคำที่ต้องจับคู่…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>— leave it: a problem —</source>
        <translation>— ไม่จับคู่ (นับเป็นปัญหา) —</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n word(s) of the file need a meaning.</source>
        <translation>
            <numerusform>มีคำในไฟล์ %n คำที่ต้องระบุความหมาย</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word of the file is understood; nothing to map.</source>
        <translation>ระบบเข้าใจทุกคำในไฟล์ ไม่ต้องจับคู่</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../src/vocdesk/ui/transfer/import_wizard.py" line="+88"/>
        <source>Import: {kind}</source>
        <translation>นำเข้า: {kind}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next &gt;</source>
        <translation>ถัดไป &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Back</source>
        <translation>&lt; ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
</context>
<context>
    <name>ImprovementActionForm</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/improvement_action_form.py" line="+199"/>
        <source>(sensitive personal data)</source>
        <translation>(ข้อมูลส่วนบุคคลที่มีความอ่อนไหว)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry {when}, {channel}: {text}</source>
        <translation>บันทึกการรับฟัง {when} {channel}: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complaint {number}: {subject}</source>
        <translation>เรื่องร้องเรียน {number}: {subject}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey finding, {survey}: {finding}</source>
        <translation>ผลแบบสำรวจ {survey}: {finding}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The survey as a whole</source>
        <translation>ทั้งแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Improvement action</source>
        <translation>การปรับปรุง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New improvement action</source>
        <translation>การปรับปรุงใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;What will change:</source>
        <translation>&amp;สิ่งที่ปรับปรุง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W&amp;hy:</source>
        <translation>&amp;เหตุผล:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Owner:</source>
        <translation>&amp;ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Due:</source>
        <translation>&amp;กำหนดเสร็จ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>ส&amp;ถานะ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;ผลที่ได้:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Has a due date</source>
        <translation>มีกำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a due date</source>
        <translation>กำหนดวันที่ต้องเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What came of it for the service recipients</source>
        <translation>ผลที่เกิดขึ้นกับผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>ที่มาของการปรับปรุง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove link</source>
        <translation>&amp;นำการเชื่อมโยงออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the survey showed, e.g. speed scored 3.21</source>
        <translation>สิ่งที่แบบสำรวจพบ เช่น ด้านความรวดเร็วได้ 3.21</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add survey &amp;finding</source>
        <translation>เพิ่ม&amp;ผลแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ImprovementActionsPage</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/improvement_page.py" line="+40"/>
        <source>All actions</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (planned or in progress)</source>
        <translation>ยังไม่เสร็จ (วางแผนหรือกำลังดำเนินการ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done or cancelled</source>
        <translation>ดำเนินการแล้วหรือยกเลิก</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Improvement actions</source>
        <translation>การปรับปรุง</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete improvement action</source>
        <translation>ลบการปรับปรุง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”? Its links to entries, complaints and surveys go with it.</source>
        <translation>ลบ “{title}” หรือไม่? การเชื่อมโยงกับบันทึกการรับฟัง เรื่องร้องเรียน และแบบสำรวจจะถูกลบไปด้วย</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open: {count}</source>
        <translation>ยังไม่เสร็จ: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search what changes, why, the owner or the outcome</source>
        <translation>ค้นหาสิ่งที่ปรับปรุง เหตุผล ผู้รับผิดชอบ หรือผลที่ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New improvement action…</source>
        <translation>&amp;เพิ่มการปรับปรุง…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;แสดง:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Improvement action…</source>
        <translation>&amp;การปรับปรุง…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make an improvement action linked to the selected entries</source>
        <translation>สร้างการปรับปรุงที่เชื่อมโยงกับบันทึกที่เลือก</translation>
    </message>
</context>
<context>
    <name>ImprovementModel</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/listening/improvement_model.py" line="+30"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>บันทึกการรับฟัง %Ln รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln complaint(s)</source>
        <translation>
            <numerusform>เรื่องร้องเรียน %Ln เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln survey finding(s)</source>
        <translation>
            <numerusform>ผลแบบสำรวจ %Ln ข้อ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Improvement</source>
        <translation>การปรับปรุง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on</source>
        <translation>เสร็จเมื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>ผลที่ได้</translation>
    </message>
</context>
<context>
    <name>ImprovementRules</name>
    <message>
        <location filename="../src/vocdesk/domain/listening/improvement.py" line="+62"/>
        <source>Say what the improvement is: the title is empty.</source>
        <translation>โปรดระบุสิ่งที่ปรับปรุง: ชื่อการปรับปรุงยังว่างอยู่</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The title is {length} characters long; at most {limit} fit.</source>
        <translation>ชื่อการปรับปรุงยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A done improvement needs its outcome: write what changed for the service recipients.</source>
        <translation>การปรับปรุงที่ดำเนินการแล้วต้องระบุผลที่ได้: โปรดเขียนว่าผู้รับบริการได้รับสิ่งใดที่ดีขึ้น</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/listening/improvement.py" line="+450"/>
        <source>This improvement action no longer exists; someone may have deleted it.</source>
        <translation>ไม่พบการปรับปรุงนี้แล้ว อาจมีผู้อื่นลบไป</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/listening/improvement_links.py" line="+217"/>
        <source>The chosen question is not part of the chosen survey.</source>
        <translation>ข้อคำถามที่เลือกไม่ได้อยู่ในแบบสำรวจที่เลือก</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n of the chosen complaints no longer exist.</source>
        <translation>
            <numerusform>ไม่พบเรื่องร้องเรียนที่เลือกไว้ %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of the chosen listening entries no longer exist.</source>
        <translation>
            <numerusform>ไม่พบบันทึกการรับฟังที่เลือกไว้ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the chosen surveys no longer exist.</source>
        <translation>
            <numerusform>ไม่พบแบบสำรวจที่เลือกไว้ %n ชุด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImprovementStatus</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+265"/>
        <source>Planned</source>
        <extracomment>วางแผน</extracomment>
        <translation>วางแผน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <extracomment>กำลังดำเนินการ</extracomment>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <extracomment>ดำเนินการแล้ว</extracomment>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>ยกเลิก</extracomment>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/indicators_panel.py" line="+219"/>
        <source>To reach the next level: {conditions}</source>
        <translation>หากจะขึ้นสู่ระดับถัดไป ต้อง{conditions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{count} (since {since})</source>
        <translation>{count} ครั้ง (ตั้งแต่ {since})</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Members by engagement level</source>
        <translation>จำนวนสมาชิกตามระดับความผูกพัน</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No contact recorded</source>
        <translation>ยังไม่มีบันทึกการติดต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today ({date})</source>
        <translation>วันนี้ ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday ({date})</source>
        <translation>เมื่อวาน ({date})</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+33"/>
        <source>No rated survey response</source>
        <translation>ยังไม่มีคำตอบแบบสำรวจที่ให้คะแนน</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{percent}% ({survey}, {date})</source>
        <translation>ร้อยละ {percent} ({survey}, {date})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not enough responses</source>
        <translation>คำตอบยังไม่พอเทียบแนวโน้ม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{steps} ({change} points)</source>
        <translation>{steps} ({change} จุด)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No channel recorded</source>
        <translation>ไม่ระบุช่องทาง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interactions in 12 months by channel</source>
        <translation>การติดต่อในรอบ 12 เดือน จำแนกตามช่องทาง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interactions in 12 months by kind</source>
        <translation>การติดต่อในรอบ 12 เดือน จำแนกตามประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>การติดต่อ</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Engagement level</source>
        <translation>ระดับความผูกพัน</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n day(s) ago ({date})</source>
        <translation>
            <numerusform>%n วันที่แล้ว ({date})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>{in_touch} of %Ln member(s) in touch in 12 months</source>
        <translation>
            <numerusform>ติดต่อกับสมาชิก {in_touch} จาก %Ln รายในรอบ 12 เดือน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{percent}% (mean of the last scores of %Ln member(s))</source>
        <translation>
            <numerusform>ร้อยละ {percent} (ค่าเฉลี่ยคะแนนครั้งล่าสุดของสมาชิก %Ln ราย)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>How the level is set</source>
        <translation>เกณฑ์การกำหนดระดับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions in 12 months</source>
        <translation>การติดต่อในรอบ 12 เดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>เรื่องร้องเรียนที่ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>ติดต่อครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last satisfaction score</source>
        <translation>ความพึงพอใจครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction trend</source>
        <translation>แนวโน้มความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart by</source>
        <translation>แผนภูมิตาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
</context>
<context>
    <name>InteractionSource</name>
    <message>
        <location line="-302"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>ข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey response</source>
        <translation>การตอบแบบสำรวจ</translation>
    </message>
</context>
<context>
    <name>IntervalsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/intervals_dialog.py" line="+31"/>
        <source>Contact intervals</source>
        <translation>รอบการติดต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often to contact a stakeholder, by its segment&apos;s priority. A stakeholder&apos;s own interval, set in the registry, overrides these. A due day that is not a working day moves to the next working day.</source>
        <translation>ความถี่ในการติดต่อผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย ตามระดับความสำคัญของกลุ่มผู้รับบริการ รอบการติดต่อที่กำหนดเฉพาะรายในทะเบียนจะใช้แทนค่านี้ หากวันครบกำหนดไม่ใช่วันทำการ จะเลื่อนไปเป็นวันทำการถัดไป</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>months</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{priority} priority:</source>
        <translation>ระดับความสำคัญ{priority}:</translation>
    </message>
</context>
<context>
    <name>IssueTokenDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/account_dialogs.py" line="+107"/>
        <source>Issue a token</source>
        <translation>ออกโทเค็น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token lets a script or a scheduled task sign in as this account, with its role, without a password (vocdesk --token-file FILE). Revoke it when it is no longer needed.</source>
        <translation>โทเค็นให้สคริปต์หรืองานตามกำหนดเวลาเข้าสู่ระบบในนามบัญชีนี้ ด้วยบทบาทของบัญชี โดยไม่ใช้รหัสผ่าน (vocdesk --token-file FILE) กรุณาเพิกถอนเมื่อไม่ใช้แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Account:</source>
        <translation>บัญชีผู้ใช้(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What it is for:</source>
        <translation>ใช้สำหรับ(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the nightly backup</source>
        <translation>เช่น การสำรองข้อมูลทุกคืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>ออกโทเค็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>LifecycleStage</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="-17"/>
        <location filename="../src/vocdesk/ui/labels.py" line="-291"/>
        <source>Before the service</source>
        <extracomment>ก่อนรับบริการ</extracomment>
        <translation>ก่อนรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>During the service</source>
        <extracomment>ระหว่างรับบริการ</extracomment>
        <translation>ระหว่างรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>After the service</source>
        <extracomment>หลังรับบริการ</extracomment>
        <translation>หลังรับบริการ</translation>
    </message>
</context>
<context>
    <name>ListeningFrequency</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+263"/>
        <source>Continuous</source>
        <extracomment>ต่อเนื่อง</extracomment>
        <translation>ต่อเนื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <extracomment>ทุกวัน</extracomment>
        <translation>ทุกวัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weekly</source>
        <extracomment>ทุกสัปดาห์</extracomment>
        <translation>ทุกสัปดาห์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <extracomment>ทุกเดือน</extracomment>
        <translation>ทุกเดือน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarterly</source>
        <extracomment>ทุกไตรมาส</extracomment>
        <translation>ทุกไตรมาส</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every six months</source>
        <extracomment>ทุก 6 เดือน</extracomment>
        <translation>ทุก 6 เดือน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <extracomment>ปีละครั้ง</extracomment>
        <translation>ปีละครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As needed</source>
        <extracomment>ตามโอกาส</extracomment>
        <translation>ตามโอกาส</translation>
    </message>
</context>
<context>
    <name>ListeningLogPage</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/feedback_log.py" line="+93"/>
        <source>Mark as</source>
        <translation>ตั้งสถานะเป็น</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Listening log</source>
        <translation>บันทึกการรับฟัง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search what was said, who said it, the channel, segment, service or office</source>
        <translation>ค้นหาสิ่งที่ได้รับฟัง ผู้ให้ข้อมูล ช่องทาง กลุ่มผู้รับบริการ บริการ หรือสำนักงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New entry…</source>
        <translation>บันทึกใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what was heard (Ctrl+Shift+N)</source>
        <translation>บันทึกสิ่งที่ได้รับฟัง (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannels…</source>
        <translation>ช่องทาง(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ListeningModel</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/log_model.py" line="+29"/>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No.</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Received</source>
        <translation>วันที่รับ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>(sensitive personal data)</source>
        <translation>(ข้อมูลส่วนบุคคลที่มีความอ่อนไหว)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>ช่วงการรับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentiment</source>
        <translation>ความรู้สึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was said</source>
        <translation>สิ่งที่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>ListeningPlanModel</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/plan_model.py" line="-120"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>ช่วงของการรับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>วิธีการรับฟัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>ความถี่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By whom</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use</source>
        <translation>ใช้งานอยู่</translation>
    </message>
</context>
<context>
    <name>ListeningPlanPage</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/plan_page.py" line="+151"/>
        <source>Listening plan and coverage</source>
        <translation>แผนการรับฟังและความครอบคลุม</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the coverage…</source>
        <translation>กำลังอ่านความครอบคลุม…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{segment}, {stage}:</source>
        <translation>{segment} {stage}:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cells planned and heard: {covered}; planned with nothing heard: {not_heard}; heard without a plan: {unplanned}; with neither a plan nor a voice: {gaps}.</source>
        <translation>มีแผนและได้รับฟังแล้ว {covered} ช่อง มีแผนแต่ยังไม่ได้รับฟัง {not_heard} ช่อง ได้รับฟังแต่ไม่มีในแผน {unplanned} ช่อง ไม่มีในแผนและยังไม่ได้รับฟัง {gaps} ช่อง</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete plan line</source>
        <translation>ลบรายการในแผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{method}” from the listening plan?</source>
        <translation>ลบ “{method}” ออกจากแผนการรับฟังหรือไม่?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Coverage: segment × stage of the service</source>
        <translation>ความครอบคลุม: กลุ่มผู้รับบริการ × วงจรการรับบริการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening plan: methods and channels per segment and stage</source>
        <translation>แผนการรับฟัง: วิธีการและช่องทางของแต่ละกลุ่มผู้รับบริการในแต่ละช่วง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the method, owner, segment or channel</source>
        <translation>ค้นหาวิธีการ ผู้รับผิดชอบ กลุ่มผู้รับบริการ หรือช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New plan line…</source>
        <translation>&amp;เพิ่มรายการในแผน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แ&amp;ก้ไข…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point at a cell to see its planned methods and channels</source>
        <translation>ชี้ที่ช่องเพื่อดูวิธีการและช่องทางตามแผน</translation>
    </message>
</context>
<context>
    <name>ListeningPlanRules</name>
    <message>
        <location filename="../src/vocdesk/services/listening/plan.py" line="+293"/>
        <source>This line of the listening plan no longer exists; someone may have deleted it.</source>
        <translation>ไม่พบรายการนี้ในแผนการรับฟังแล้ว อาจมีผู้อื่นลบไป</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the listening method, e.g. “satisfaction survey” or “counter talk”.</source>
        <translation>โปรดระบุวิธีการรับฟัง เช่น “แบบสำรวจความพึงพอใจ” หรือ “สอบถามที่เคาน์เตอร์”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The method is {length} characters long; at most {limit} fit.</source>
        <translation>วิธีการรับฟังยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the segment this method listens to.</source>
        <translation>โปรดเลือกกลุ่มผู้รับบริการที่วิธีการนี้รับฟัง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the channel this method uses.</source>
        <translation>โปรดเลือกช่องทางที่วิธีการนี้ใช้</translation>
    </message>
</context>
<context>
    <name>ListeningSummaryPage</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/summary_page.py" line="+116"/>
        <source>Summaries</source>
        <translation>สรุปผล</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Counting the listening log…</source>
        <translation>กำลังนับบันทึกการรับฟัง…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln entries heard in the period</source>
        <translation>
            <numerusform>ข้อมูลที่รับฟังในช่วงเวลานี้ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+60"/>
        <source>Entries</source>
        <translation>จำนวนรายการ</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Entries per month</source>
        <translation>จำนวนรายการรายเดือน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was done about it: linked to improvement actions, entries of the period {acted} of {heard} and complaints {handled} of {received}; of those actions, done with an outcome: {done}, still open: {open}.</source>
        <translation>การนำไปปรับปรุง: เชื่อมโยงกับการปรับปรุงแล้ว บันทึกการรับฟังในช่วงนี้ {acted} จาก {heard} รายการ และเรื่องร้องเรียน {handled} จาก {received} เรื่อง การปรับปรุงเหล่านั้นดำเนินการแล้วพร้อมผลที่ได้ {done} รายการ ยังไม่เสร็จ {open} รายการ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Entries by channel and stage of the service</source>
        <translation>จำนวนรายการตามช่องทางและช่วงของการรับบริการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries by type</source>
        <translation>จำนวนรายการตามประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries by segment</source>
        <translation>จำนวนรายการตามกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries by service</source>
        <translation>จำนวนรายการตามงานบริการ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Channel × stage</source>
        <translation>ช่องทาง × ช่วงบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>งานบริการ</translation>
    </message>
</context>
<context>
    <name>ListeningTab</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/tab.py" line="+74"/>
        <source>Listening</source>
        <translation>การรับฟัง</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/vocdesk/ui/window_status.py" line="+65"/>
        <source>Database: {location}</source>
        <translation>ฐานข้อมูล: {location}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stakeholders: {stakeholders}  ·  Feedback: {feedback}  ·  Surveys: {surveys}  ·  Complaints: {complaints}</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย: {stakeholders}  ·  ข้อมูลป้อนกลับ: {feedback}  ·  แบบสำรวจ: {surveys}  ·  เรื่องร้องเรียน: {complaints}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reminders due: {count}</source>
        <translation>แจ้งเตือนถึงกำหนด: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due today: {today}, overdue: {overdue}</source>
        <translation>ถึงกำหนดวันนี้ {today} รายการ เกินกำหนด {overdue} รายการ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/main_window.py" line="+444"/>
        <source>Setting up: no administrator yet</source>
        <translation>กำลังตั้งค่า: ยังไม่มีผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {name} ({role})</source>
        <translation>เข้าสู่ระบบในนาม {name} ({role})</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>VocDesk — {name}</source>
        <translation>VocDesk — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>นำเ&amp;ข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>ส่ง&amp;ออก</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>{kind}…</source>
        <translation>{kind}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>สร้างฐานข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>เปิดฐานข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export current table…</source>
        <translation>ส่งออกตารางนี้(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up database…</source>
        <translation>สำรองฐานข้อมูล(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bac&amp;kups…</source>
        <translation>แฟ้มสำรองอัตโนมัติ(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore database…</source>
        <translation>กู้คืนฐานข้อมูล(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncryption…</source>
        <translation>การเข้ารหัสฐานข้อมูล(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holidays and working days…</source>
        <translation>วันหยุดและวันทำการ(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>แสดงข้อมูลล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search in this tab</source>
        <translation>ค้นหาในแท็บนี้(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About VocDesk</source>
        <translation>เกี่ยวกับ VocDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>บัญชี(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change password…</source>
        <translation>เปลี่ยนรหัสผ่าน(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and roles…</source>
        <translation>ผู้ใช้และบทบาท(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit &amp;trail…</source>
        <translation>ประวัติการใช้งาน(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personal data</source>
        <translation>ข้อมูลส่วนบุคคล(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Requests of data subjects…</source>
        <translation>คำขอของเจ้าของข้อมูล(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;tention review…</source>
        <translation>ทบทวนระยะเวลาการเก็บรักษาข้อมูล(&amp;T)…</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>Restored from {source}; the database as it was is kept at {kept}</source>
        <translation>กู้คืนจาก {source} แล้ว ฐานข้อมูลเดิมเก็บไว้ที่ {kept}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Restoring the database…</source>
        <translation>กำลังกู้คืนฐานข้อมูล…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The database is no longer encrypted.</source>
        <translation>ฐานข้อมูลไม่ได้เข้ารหัสแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database&apos;s passphrase was changed.</source>
        <translation>เปลี่ยนวลีรหัสผ่านของฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is now encrypted; keep its passphrase safe.</source>
        <translation>เข้ารหัสฐานข้อมูลแล้ว โปรดเก็บวลีรหัสผ่านไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Your password was changed.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/file_actions.py" line="+70"/>
        <source>VocDesk databases (*.sqlite *.db)</source>
        <translation>ฐานข้อมูล VocDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} already exists. Use Open database to open it.</source>
        <translation>มีไฟล์ {path} อยู่แล้ว กรุณาใช้คำสั่ง เปิดฐานข้อมูล เพื่อเปิดไฟล์นั้น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/main_window.py" line="-270"/>
        <source>Opening the database…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database was upgraded; the old file was kept as {path}</source>
        <translation>ปรับรุ่นฐานข้อมูลแล้ว ไฟล์เดิมเก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/file_actions.py" line="+13"/>
        <location line="+86"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+86"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Export current table</source>
        <translation>ส่งออกตารางนี้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exported to {path}</source>
        <translation>ส่งออกไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the table…</source>
        <translation>กำลังส่งออกตาราง…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up to {path}</source>
        <translation>สำรองข้อมูลไปที่ {path} แล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up the database…</source>
        <translation>กำลังสำรองฐานข้อมูล…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Imported %Ln row(s) from {file} ({added} added, {updated} updated)</source>
        <translation>
            <numerusform>นำเข้า %Ln แถวจาก {file} แล้ว (เพิ่มใหม่ {added} แถว ปรับปรุง {updated} แถว)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Any purpose</source>
        <translation>ทุกวัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact list</source>
        <translation>รายชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people with a consent in force for (not restricted, not anonymised):</source>
        <translation>ผู้ที่ให้ความยินยอมที่ยังไม่ถอนสำหรับ (ไม่ถูกระงับการใช้ และไม่ถูกทำให้ไม่สามารถระบุตัวบุคคลได้):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>National IDs, phones, e-mails and addresses are written masked. A file that imports again needs them whole: tick the box below. An export with personal data whole is written to the audit trail.</source>
        <translation>เลขประจำตัวประชาชน โทรศัพท์ อีเมล และที่อยู่จะถูกปิดบังในแฟ้ม หากต้องการแฟ้มที่นำเข้าได้อีกครั้งต้องใช้ข้อมูลเต็ม ให้เลือกช่องด้านล่าง การส่งออกข้อมูลส่วนบุคคลแบบเต็มจะถูกบันทึกในประวัติการใช้งาน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write personal data unmasked</source>
        <translation>ส่งออกข้อมูลส่วนบุคคลแบบไม่ปิดบัง</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %Ln row(s) to {path}</source>
        <translation>
            <numerusform>ส่งออก %Ln แถวไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Export: {kind}</source>
        <translation>ส่งออก: {kind}</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+44"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/exchange/actions.py" line="+82"/>
        <source>Office: {code}</source>
        <translation>สำนักงาน: {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sen&amp;d to another office…</source>
        <translation>ส่งข้อมูลไปยังสำนักงานอื่น(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recei&amp;ve from another office…</source>
        <translation>รับข้อมูลจากสำนักงานอื่น(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts between offices ({count})…</source>
        <translation>ข้อมูลขัดแย้งระหว่างสำนักงาน ({count})…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/registry/merge_dialog.py" line="+102"/>
        <source>Pick the other record in the list above.</source>
        <translation>เลือกอีกรายการหนึ่งจากรายชื่อด้านบน</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>History: %Ln record(s)</source>
        <translation>
            <numerusform>ประวัติ: %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge two records</source>
        <translation>รวมสองรายการเป็นรายการเดียว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the record to merge with “{name}”:</source>
        <translation>ค้นหารายการที่จะรวมกับ “{name}”:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, organisation, phone or ID number</source>
        <translation>ค้นหาด้วยชื่อ หน่วยงาน โทรศัพท์ หรือเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record</source>
        <translation>รายการนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other record</source>
        <translation>อีกรายการหนึ่ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Keep this one</source>
        <translation>เก็บรายการนี้ไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kept record takes over all feedback, complaints, survey responses and activities of the other, and fills its empty fields from it; the other record is removed. The audit trail keeps both records&apos; data. This cannot be undone.</source>
        <translation>รายการที่เก็บไว้จะรับข้อมูลป้อนกลับ เรื่องร้องเรียน คำตอบแบบสำรวจ และกิจกรรมทั้งหมดของอีกรายการ และเติมช่องที่ว่างจากอีกรายการ จากนั้นอีกรายการจะถูกลบ ประวัติการแก้ไขจะเก็บข้อมูลของทั้งสองรายการไว้ การรวมนี้ยกเลิกภายหลังไม่ได้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge</source>
        <translation>รวมรายการ(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/complaints/steps.py" line="-96"/>
        <source>Move the case to: {status}</source>
        <translation>เปลี่ยนสถานะเรื่องเป็น: {status}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Agency:</source>
        <translation>&amp;หน่วยงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded on:</source>
        <translation>วันที่ส่งต่อ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference:</source>
        <translation>เลขที่อ้างอิงของหน่วยงาน:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not known)</source>
        <translation>(ไม่ทราบ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;ผลการแก้ไข:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause:</source>
        <translation>สาเหตุที่แท้จริง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action:</source>
        <translation>การแก้ไขป้องกัน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant told on:</source>
        <translation>วันที่แจ้งผลผู้ร้อง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told by:</source>
        <translation>แจ้งผลทาง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note:</source>
        <translation>&amp;หมายเหตุ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move</source>
        <translation>เปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>NoticeLine</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/notice_line.py" line="+157"/>
        <source>No privacy notice has been published (File › Settings…).</source>
        <translation>ยังไม่ได้เผยแพร่คำประกาศความเป็นส่วนตัว (ไฟล์ › การตั้งค่า…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Privacy notice v{version}: {line}</source>
        <translation>คำประกาศความเป็นส่วนตัว ฉบับที่ {version}: {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show notice…</source>
        <translation>แสดงคำประกาศ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice shown to the person</source>
        <translation>แจ้งคำประกาศให้เจ้าของข้อมูลทราบแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(last shown: version {version}, {date}, {place})</source>
        <translation>(แจ้งล่าสุด: ฉบับที่ {version} เมื่อ {date} ที่{place})</translation>
    </message>
</context>
<context>
    <name>NoticePlace</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="+16"/>
        <location filename="../src/vocdesk/ui/labels.py" line="-78"/>
        <source>Registry form</source>
        <extracomment>แบบฟอร์มทะเบียนผู้รับบริการ</extracomment>
        <translation>แบบฟอร์มทะเบียนผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Quick entry</source>
        <extracomment>บันทึกด่วน</extracomment>
        <translation>บันทึกด่วน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Complaint form</source>
        <extracomment>แบบฟอร์มเรื่องร้องเรียน</extracomment>
        <translation>แบบฟอร์มเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Paper questionnaire</source>
        <extracomment>แบบสอบถามกระดาษ</extracomment>
        <translation>แบบสอบถามกระดาษ</translation>
    </message>
</context>
<context>
    <name>NoticeTextDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/notice_line.py" line="-101"/>
        <source>Privacy notice, version {version}</source>
        <translation>คำประกาศความเป็นส่วนตัว ฉบับที่ {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../src/vocdesk/services/exchange/office.py" line="+94"/>
        <source>The office code {code} cannot change: bundles were already sent under it, and other offices know this office&apos;s records by it. The name can still change.</source>
        <translation>เปลี่ยนรหัสสำนักงาน {code} ไม่ได้ เพราะได้ส่งไฟล์แลกเปลี่ยนข้อมูลภายใต้รหัสนี้ไปแล้ว และสำนักงานอื่นรู้จักข้อมูลของสำนักงานนี้ด้วยรหัสนี้ แต่ยังเปลี่ยนชื่อสำนักงานได้</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the office&apos;s name first (the setting office_name), then its code.</source>
        <translation>โปรดระบุชื่อสำนักงานก่อน (ค่าตั้ง office_name) แล้วจึงระบุรหัสสำนักงาน</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The office code {code} is not valid: use 2 to 12 letters A–Z, digits 0–9 or hyphens (for example BKK or CNX-2).</source>
        <translation>รหัสสำนักงาน {code} ใช้ไม่ได้ โปรดใช้อักษรภาษาอังกฤษ A–Z ตัวเลข 0–9 หรือขีด (-) จำนวน 2 ถึง 12 ตัว (เช่น BKK หรือ CNX-2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the office&apos;s name.</source>
        <translation>โปรดระบุชื่อสำนักงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The office&apos;s name is {length} characters long; at most {limit} are allowed.</source>
        <translation>ชื่อสำนักงานยาว {length} ตัวอักษร แต่ยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/exchange/office_dialog.py" line="+111"/>
        <source>This office</source>
        <translation>สำนักงานนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each office that works on its own VocDesk file has a short code (for example BKK or CNX-2) and a name. The code names this office in the bundles it sends to other offices and comes before its complaint numbers (BKK-2569/000123).</source>
        <translation>แต่ละสำนักงานที่ทำงานบนไฟล์ VocDesk ของตนเองมีรหัสสั้น ๆ (เช่น BKK หรือ CNX-2) และชื่อ รหัสนี้ใช้ระบุสำนักงานในไฟล์แลกเปลี่ยนข้อมูลที่ส่งไปยังสำนักงานอื่น และนำหน้าเลขที่เรื่องร้องเรียนของสำนักงาน (BKK-2569/000123)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office &amp;code:</source>
        <translation>รหัสสำนักงาน(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;name:</source>
        <translation>ชื่อสำนักงาน(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 to 12 letters A–Z, digits or hyphens</source>
        <translation>อักษร A–Z ตัวเลข หรือขีด 2 ถึง 12 ตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. สำนักงานเขตกรุงเทพ</source>
        <translation>เช่น สำนักงานเขตกรุงเทพ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundles were sent under this code: it can no longer change.</source>
        <translation>ได้ส่งไฟล์แลกเปลี่ยนข้อมูลภายใต้รหัสนี้แล้ว จึงเปลี่ยนรหัสไม่ได้อีก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code can change only until the first bundle is sent.</source>
        <translation>เปลี่ยนรหัสได้จนกว่าจะส่งไฟล์แลกเปลี่ยนข้อมูลครั้งแรก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>ไว้ภายหลัง(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>OverdueCasesModel</name>
    <message>
        <location filename="../src/vocdesk/ui/overview/model.py" line="-104"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>ประเภทเรื่อง</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Unit / officer</source>
        <translation>หน่วยงาน / ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Days late</source>
        <translation>เกิน (วัน)</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../src/vocdesk/ui/overview/tab.py" line="+602"/>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overdue complaint cases (longest overdue first)</source>
        <translation>เรื่องร้องเรียนที่เกินกำหนด (เกินนานที่สุดก่อน)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feedback entries</source>
        <translation>ข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Open</source>
        <translation>ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+204"/>
        <source>All offices</source>
        <translation>ทุกสำนักงาน</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>{start} to {end} · {office}</source>
        <translation>{start} ถึง {end} · {office}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>all offices</source>
        <translation>ทุกสำนักงาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No satisfaction survey up to this fiscal year.</source>
        <translation>ยังไม่มีการสำรวจความพึงพอใจจนถึงปีงบประมาณนี้</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{code} (fiscal year {year}), %Ln response(s)</source>
        <translation>
            <numerusform>{code} (ปีงบประมาณ {year}) ผู้ตอบ %Ln ราย</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target {target}: {verdict}</source>
        <translation>เป้าหมาย {target}: {verdict}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{organisation} {year}: {percent} ({difference} points)</source>
        <translation>{organisation} ปี {year}: {percent} (ต่าง {difference} จุด)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no benchmark entered</source>
        <translation>ยังไม่ได้บันทึกผลเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Feedback by channel and stage (click a bar for its entries)</source>
        <translation>ข้อมูลป้อนกลับตามช่องทางและช่วงของวงจรการรับบริการ (คลิกแท่งเพื่อดูรายการ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship activities by segment</source>
        <translation>กิจกรรมสร้างความสัมพันธ์ตามกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no segment)</source>
        <translation>(ไม่ระบุกลุ่ม)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>&amp;Office:</source>
        <translation>สำนักงาน (&amp;O):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening: feedback entries of the period</source>
        <translation>การรับฟัง: ข้อมูลป้อนกลับในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage of the listening plan:</source>
        <translation>ความครอบคลุมตามแผนการรับฟัง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening coverage: cells to look at</source>
        <translation>ความครอบคลุมของการรับฟัง: ช่องที่ควรติดตาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints received in the period</source>
        <translation>เรื่องร้องเรียนที่รับในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, whenever received:</source>
        <translation>ณ วันนี้ (ไม่ว่ารับเมื่อใด):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction and improvement</source>
        <translation>ความพึงพอใจและการปรับปรุง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvement actions (today):</source>
        <translation>การปรับปรุง (ณ วันนี้):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>การสร้างความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities and reminders have no office: they are counted for every office.</source>
        <translation>กิจกรรมและการแจ้งเตือนไม่ได้ระบุสำนักงาน จึงนับรวมทุกสำนักงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned and heard</source>
        <translation>มีแผนและได้รับฟังแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, nothing heard</source>
        <translation>มีแผนแต่ยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither plan nor voice</source>
        <translation>ไม่มีในแผนและยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved within standard</source>
        <translation>ดำเนินการแล้วเสร็จตามมาตรฐาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due soon</source>
        <translation>ใกล้ครบกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest satisfaction</source>
        <translation>ความพึงพอใจล่าสุด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done or cancelled</source>
        <translation>ดำเนินการแล้วหรือยกเลิก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders due</source>
        <translation>แจ้งเตือนถึงกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the period</source>
        <translation>กิจกรรมในช่วงเวลานี้</translation>
    </message>
</context>
<context>
    <name>PartyType</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="-18"/>
        <location filename="../src/vocdesk/ui/labels.py" line="-223"/>
        <source>Person</source>
        <extracomment>บุคคล</extracomment>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Organisation</source>
        <extracomment>หน่วยงาน/องค์กร</extracomment>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/encryption/passphrase_dialog.py" line="+93"/>
        <source>Encrypted database</source>
        <translation>ฐานข้อมูลที่เข้ารหัสไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {name} is encrypted. Enter its passphrase to open it.</source>
        <translation>ฐานข้อมูล {name} ถูกเข้ารหัสไว้ โปรดใส่วลีรหัสผ่านเพื่อเปิดฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PdpaAccessReport</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="-155"/>
        <source>Registry record</source>
        <translation>ข้อมูลในทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notices shown</source>
        <translation>ประกาศความเป็นส่วนตัวที่แจ้งแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests of the data subject</source>
        <translation>คำขอของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>ข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint history</source>
        <translation>ประวัติการดำเนินการเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may read a confidential complaint</source>
        <translation>ผู้มีสิทธิ์อ่านเรื่องร้องเรียนที่เป็นความลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>การตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answers</source>
        <translation>คำตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities taken part in</source>
        <translation>กิจกรรมที่เข้าร่วม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvements from complaints</source>
        <translation>การปรับปรุงจากเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improvements from feedback</source>
        <translation>การปรับปรุงจากข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail: who saw and changed these records</source>
        <translation>บันทึกการตรวจสอบ: ผู้ที่เปิดดูและแก้ไขข้อมูลเหล่านี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>โทรศัพท์ (สำรอง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>อำเภอ/เขต</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred channel</source>
        <translation>ช่องทางที่สะดวก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given through</source>
        <translation>ให้ความยินยอมทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn through</source>
        <translation>ถอนความยินยอมทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result notified through</source>
        <translation>แจ้งผลทาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy notice</source>
        <translation>ประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful basis</source>
        <translation>ฐานทางกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing restricted</source>
        <translation>ระงับการใช้ข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive data</source>
        <translation>ข้อมูลอ่อนไหว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept until</source>
        <translation>เก็บรักษาถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Received</source>
        <translation>รับเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>ผลการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Closed</source>
        <translation>ปิดเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant&apos;s contact</source>
        <translation>ช่องทางติดต่อผู้ร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>วันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn on</source>
        <translation>วันที่ถอนความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown</source>
        <translation>แจ้งเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>ที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requester</source>
        <translation>ผู้ยื่นคำขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>ส่งเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>ความคิดเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the export</source>
        <translation>ในไฟล์ส่งออก</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>สิ่งที่เปลี่ยน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>เป็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or organisation</source>
        <translation>บุคคลหรือองค์กร</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship officer</source>
        <translation>เจ้าหน้าที่ดูแลความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact every (months)</source>
        <translation>ติดต่อทุก (เดือน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to follow-up surveys</source>
        <translation>ยินยอมให้ติดต่อสำรวจติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given on</source>
        <translation>วันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted on</source>
        <translation>วันที่ระงับการใช้ข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>ทำให้ไม่สามารถระบุตัวบุคคลได้เมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>จัดเก็บเข้าคลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived on</source>
        <translation>วันที่จัดเก็บเข้าคลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the service</source>
        <translation>ช่วงของการรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentiment</source>
        <translation>ความรู้สึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>ติดตามผลวันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>เสร็จเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>ระดับความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>เป็นความลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>ไม่ประสงค์ออกนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>ตอบรับเรื่องเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>ตอบกลับครั้งแรกเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>แก้ไขแล้วเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result notified</source>
        <translation>แจ้งผลเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction at follow-up</source>
        <translation>ความพึงพอใจเมื่อติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment at follow-up</source>
        <translation>ความคิดเห็นเมื่อติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form number</source>
        <translation>เลขที่แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No opinion</source>
        <translation>ไม่แสดงความคิดเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>ชนิดไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>ขนาด (ไบต์)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>แนบโดย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown by</source>
        <translation>แจ้งโดย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>บันทึกโดย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded to</source>
        <translation>ส่งต่อไปยัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded on</source>
        <translation>ส่งต่อเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action</source>
        <translation>การแก้ไขป้องกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust restored</source>
        <translation>ความเชื่อมั่นกลับคืน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times reopened</source>
        <translation>จำนวนครั้งที่เปิดเรื่องใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>หน่วยงานย่อย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>สาเหตุ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Personal data held about {name}</source>
        <translation>ข้อมูลส่วนบุคคลของ {name} ที่หน่วยงานเก็บรักษา</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This copy lists every record of the agency that refers to the person, made on {day} at their request under sections 30 and 31 of the Personal Data Protection Act B.E. 2562. The same data is in person.json and in one CSV file per table, with the attached files, in the same export.</source>
        <translation>สำเนานี้แสดงข้อมูลทุกรายการของหน่วยงานที่เกี่ยวกับเจ้าของข้อมูล จัดทำเมื่อ {day} ตามคำขอของเจ้าของข้อมูลตามมาตรา 30 และมาตรา 31 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ข้อมูลชุดเดียวกันอยู่ในไฟล์ person.json และไฟล์ CSV หนึ่งไฟล์ต่อหนึ่งตาราง พร้อมไฟล์แนบ ในไฟล์ส่งออกเดียวกัน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>รายการข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None.</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+269"/>
        <source>Fiscal year</source>
        <extracomment>ปีงบประมาณ</extracomment>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half year</source>
        <extracomment>ครึ่งปี (รอบ 6 เดือน)</extracomment>
        <translation>ครึ่งปี</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quarter</source>
        <extracomment>ไตรมาส</extracomment>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <extracomment>เดือน</extracomment>
        <translation>เดือน</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../src/vocdesk/ui/widgets/period_picker.py" line="+96"/>
        <source>Half {number}</source>
        <translation>ครึ่งปีที่ {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quarter {number}</source>
        <translation>ไตรมาสที่ {number}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Period:</source>
        <translation>ช่วงเวลา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FY </source>
        <translation>ปีงบประมาณ </translation>
    </message>
</context>
<context>
    <name>PersonData</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/person_data.py" line="+135"/>
        <source>More than one record has the national ID {value}: merge them first, or give the record&apos;s id.</source>
        <translation>มีมากกว่าหนึ่งระเบียนที่มีเลขประจำตัวประชาชน {value} กรุณารวมระเบียนก่อน หรือระบุรหัสระเบียน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stakeholder has the id or national ID {value}.</source>
        <translation>ไม่มีผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียที่มีรหัสหรือเลขประจำตัวประชาชน {value}</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>This person has %n confidential complaint case(s) you may not read. Their data can be gathered by an officer who may read confidential complaints.</source>
        <translation>
            <numerusform>บุคคลนี้มีเรื่องร้องเรียนที่เป็นความลับ %n เรื่องที่ท่านไม่มีสิทธิ์อ่าน ข้อมูลของบุคคลนี้ต้องรวบรวมโดยเจ้าหน้าที่ที่มีสิทธิ์อ่านเรื่องร้องเรียนที่เป็นความลับ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanItemForm</name>
    <message>
        <location filename="../src/vocdesk/ui/listening/plan_item_form.py" line="+139"/>
        <source>Listening plan line</source>
        <translation>รายการในแผนการรับฟัง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New listening plan line</source>
        <translation>เพิ่มรายการในแผนการรับฟัง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Segment:</source>
        <translation>&amp;กลุ่มผู้รับบริการ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tage:</source>
        <translation>&amp;ช่วงของการรับบริการ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>ช่อ&amp;งทาง:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Method:</source>
        <translation>&amp;วิธีการรับฟัง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;often:</source>
        <translation>&amp;ความถี่:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;By whom:</source>
        <translation>&amp;ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes:</source>
        <translation>&amp;หมายเหตุ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In &amp;use:</source>
        <translation>&amp;ใช้งาน:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. yearly satisfaction survey, talk at the counter</source>
        <translation>เช่น แบบสำรวจความพึงพอใจประจำปี สอบถามที่เคาน์เตอร์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit or person responsible</source>
        <translation>หน่วยงานหรือผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This method is used now</source>
        <translation>ใช้วิธีการนี้อยู่ในปัจจุบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PmqaReport</name>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_report.py" line="+21"/>
        <source>PMQA category 3 evidence pack</source>
        <translation>หลักฐานประกอบการประเมิน PMQA หมวด 3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agency</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="+338"/>
        <location filename="../src/vocdesk/reports/pmqa_report.py" line="+1"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_report.py" line="+2"/>
        <source>Days covered</source>
        <translation>ระยะเวลาที่ครอบคลุม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Category 3: customer and stakeholder focus (Public Sector Management Quality Award)</source>
        <translation>หมวด 3 การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย (เกณฑ์คุณภาพการบริหารจัดการภาครัฐ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every figure is an aggregate read from VocDesk for the period above, as the program&apos;s tabs show it; the pack holds no personal data.</source>
        <translation>ตัวเลขทุกรายการเป็นข้อมูลสรุปรวมจาก VocDesk สำหรับช่วงเวลาข้างต้น ตรงกับที่แสดงในแท็บต่าง ๆ ของโปรแกรม เอกสารนี้ไม่มีข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_section_kit.py" line="+20"/>
        <source>Before</source>
        <translation>ก่อนรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During</source>
        <translation>ระหว่างรับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>หลังรับบริการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned and heard</source>
        <translation>มีแผนและได้รับฟังแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned, not heard</source>
        <translation>มีแผนแต่ยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard, not planned</source>
        <translation>ได้รับฟังแต่ไม่มีในแผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan, nothing heard</source>
        <translation>ไม่มีในแผนและยังไม่ได้รับฟัง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service recipients</source>
        <translation>ผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholders</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting</source>
        <translation>ประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>เยี่ยมเยียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>หนังสือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>ฝึกอบรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement (MOU)</source>
        <translation>บันทึกความร่วมมือ (MOU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>สื่อสังคมออนไลน์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned</source>
        <translation>วางแผนแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No segment</source>
        <translation>ไม่ระบุกลุ่ม</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_sections.py" line="+22"/>
        <source>3.1 Customer and stakeholder information</source>
        <translation>3.1 สารสนเทศผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3.1 a Customer and stakeholder information</source>
        <translation>3.1 ก. สารสนเทศผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3.1 b Assessing satisfaction and engagement</source>
        <translation>3.1 ข. การประเมินความพึงพอใจและความผูกพันของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3.2 Customer engagement</source>
        <translation>3.2 การสร้างความผูกพัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3.2 a Services and customer support</source>
        <translation>3.2 ก. ผลผลิต การบริการ และการสนับสนุนผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3.2 b Building relationships with customers</source>
        <translation>3.2 ข. การสร้างความสัมพันธ์กับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="-319"/>
        <source>(1) Current customer and stakeholder information</source>
        <translation>(1) สารสนเทศผู้รับบริการและผู้มีส่วนได้ส่วนเสียในปัจจุบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the agency listens to each group; listening through information technology and social media; listening at every stage of the service lifecycle; seeking actionable feedback.</source>
        <translation>วิธีการเพื่อให้ได้สารสนเทศ วิธีการใช้สื่อเทคโนโลยีสารสนเทศเพื่อรับฟังผู้รับบริการและผู้มีส่วนได้ส่วนเสีย วิธีการรับฟังตามช่วงวงจรชีวิตการรับบริการ และการค้นหาข้อมูลป้อนกลับอย่างทั่วถึง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No feedback was recorded in the listening log in this period.</source>
        <translation>ไม่มีการบันทึกข้อมูลป้อนกลับในบันทึกการรับฟังในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{total} feedback entries were recorded in the period through {channels} channels; {digital} of them ({share}) came through digital channels.</source>
        <translation>ในช่วงเวลานี้มีการบันทึกข้อมูลป้อนกลับ {total} รายการ ผ่าน {channels} ช่องทาง ในจำนวนนี้ {digital} รายการ ({share}) มาจากช่องทางดิจิทัล</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback by channel</source>
        <translation>ข้อมูลป้อนกลับจำแนกตามช่องทาง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>* a digital channel (information technology or social media).</source>
        <translation>* ช่องทางดิจิทัล (เทคโนโลยีสารสนเทศหรือสื่อสังคมออนไลน์)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback by stage of the service lifecycle</source>
        <translation>ข้อมูลป้อนกลับจำแนกตามวงจรการรับบริการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listening plan and its coverage</source>
        <translation>แผนการรับฟังและความครอบคลุม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No listening method is planned yet.</source>
        <translation>ยังไม่มีการกำหนดวิธีการรับฟังในแผน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The listening plan holds {methods} methods (segment × stage × channel). Of the segment–stage cells: {covered} planned and heard, {not_heard} planned but not heard, {unplanned} heard without a plan, {gaps} with neither.</source>
        <translation>แผนการรับฟังมีวิธีการ {methods} วิธี (กลุ่ม × ช่วงการรับบริการ × ช่องทาง) เมื่อพิจารณาตามกลุ่มและช่วงการรับบริการ มีแผนและได้รับฟังแล้ว {covered} ช่อง มีแผนแต่ยังไม่ได้รับฟัง {not_heard} ช่อง ได้รับฟังแต่ไม่มีในแผน {unplanned} ช่อง และไม่มีในแผนและยังไม่ได้รับฟัง {gaps} ช่อง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_engagement.py" line="+28"/>
        <location line="+86"/>
        <location line="+43"/>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="+4"/>
        <location line="+173"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="-162"/>
        <source>(2) Future customer and stakeholder information</source>
        <translation>(2) สารสนเทศผู้รับบริการและผู้มีส่วนได้ส่วนเสียที่พึงมีในอนาคต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information on former and potential customers and stakeholders, and on those of competitors and comparators.</source>
        <translation>การค้นหาสารสนเทศผู้รับบริการและผู้มีส่วนได้ส่วนเสียในอดีต อนาคต และของคู่แข่ง/คู่เทียบ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry holds no service recipients or stakeholders yet.</source>
        <translation>ทะเบียนยังไม่มีข้อมูลผู้รับบริการหรือผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registry status</source>
        <translation>สถานะในทะเบียน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_engagement.py" line="-40"/>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="+1"/>
        <source>Records</source>
        <translation>จำนวนราย</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="+3"/>
        <source>Current</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential</source>
        <translation>ที่อาจเป็นผู้รับบริการในอนาคต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Former</source>
        <translation>ในอดีต</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comparators whose results are compared with ours: {names}.</source>
        <translation>คู่เทียบที่นำผลมาเปรียบเทียบ: {names}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No comparator organisation has been entered.</source>
        <translation>ยังไม่มีการบันทึกหน่วยงานคู่เทียบ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Information used to improve services and processes</source>
        <translation>การนำสารสนเทศไปปรับปรุงบริการและกระบวนการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction, dissatisfaction and preference information turned into improvements of services and processes.</source>
        <translation>การได้รับสารสนเทศเกี่ยวกับความพึงพอใจ ความไม่พึงพอใจ และความนิยมชมชอบของผู้รับบริการ เพื่อนำไปสู่การปรับปรุงผลผลิต บริการ และกระบวนการที่สำคัญ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No improvement action is linked to what was heard in this period.</source>
        <translation>ไม่มีการปรับปรุงที่เชื่อมโยงกับข้อมูลที่ได้รับฟังในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Of {entries} feedback entries, {entries_acted} led to an improvement action; of {complaints} complaints, {complaints_acted}. {actions} actions are linked to what was heard in the period; {outcome} are done with a recorded outcome.</source>
        <translation>จากข้อมูลป้อนกลับ {entries} รายการ มี {entries_acted} รายการที่นำไปสู่การปรับปรุง และจากเรื่องร้องเรียน {complaints} เรื่อง มี {complaints_acted} เรื่อง การปรับปรุงที่เชื่อมโยงกับข้อมูลในช่วงเวลานี้มี {actions} รายการ ดำเนินการแล้วเสร็จพร้อมบันทึกผล {outcome} รายการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>จำนวนการปรับปรุง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Improvement done in the period</source>
        <translation>การปรับปรุงที่แล้วเสร็จในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>วันที่แล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources linked</source>
        <translation>แหล่งข้อมูลที่เชื่อมโยง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today {open} actions are open, {overdue} of them past their due date.</source>
        <translation>ณ วันนี้มีการปรับปรุงที่ยังดำเนินการอยู่ {open} รายการ เกินกำหนด {overdue} รายการ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(3) Satisfaction and engagement</source>
        <translation>(3) ความพึงพอใจและความผูกพันของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How satisfaction and engagement are assessed; how methods differ between groups; information that shows how to exceed expectations.</source>
        <translation>การประเมินความพึงพอใจและความผูกพัน ความแตกต่างกันของวิธีการในแต่ละกลุ่ม และสารสนเทศจากการประเมินที่ใช้ตอบสนองให้เหนือกว่าความคาดหวัง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No satisfaction survey has been recorded up to this fiscal year.</source>
        <translation>ยังไม่มีแบบสำรวจความพึงพอใจจนถึงปีงบประมาณนี้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Survey {code} “{title}”, fiscal year {year}: {responses} forms. Overall mean {mean} (S.D. {sd}) on a {points}-point scale, {percent} ({band}); satisfied (top two answers) {satisfied}; target {target}.</source>
        <translation>แบบสำรวจ {code} “{title}” ปีงบประมาณ {year} จำนวน {responses} ชุด ค่าเฉลี่ยภาพรวม {mean} (S.D. {sd}) จากมาตรวัด {points} ระดับ คิดเป็น {percent} (ระดับ{band}) สัดส่วนผู้พึงพอใจ (สองระดับบนสุด) {satisfied} ค่าเป้าหมาย {target}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The target was met.</source>
        <translation>ผลการสำรวจเป็นไปตามค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target was not met.</source>
        <translation>ผลการสำรวจยังไม่ถึงค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engagement index: {index}.</source>
        <translation>ดัชนีความผูกพัน: {index}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+71"/>
        <source>Forms</source>
        <translation>จำนวนชุด</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <location line="+93"/>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Item (largest importance–satisfaction gap first)</source>
        <translation>ข้อคำถาม (เรียงจากช่องว่างระหว่างความสำคัญกับความพึงพอใจมากที่สุด)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importance</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>ช่องว่าง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Three-year trend</source>
        <translation>แนวโน้มสามปี</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fewer than two rounds of this survey: no trend yet.</source>
        <translation>แบบสำรวจนี้มีผลน้อยกว่าสองรอบ จึงยังไม่แสดงแนวโน้ม</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Satisfaction (percent)</source>
        <translation>ความพึงพอใจ (ร้อยละ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(4) Satisfaction compared with competitors and comparators</source>
        <translation>(4) ความพึงพอใจเปรียบเทียบกับคู่แข่งและคู่เทียบ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Satisfaction compared with competitors and with agencies offering similar services.</source>
        <translation>การเปรียบเทียบกับคู่แข่ง และการเปรียบเทียบกับส่วนราชการที่มีผลผลิต/บริการคล้ายกัน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No comparator&apos;s result has been entered for the latest survey.</source>
        <translation>ยังไม่มีการบันทึกผลของคู่เทียบสำหรับแบบสำรวจล่าสุด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparator</source>
        <translation>คู่เทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>ของคู่เทียบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (points)</source>
        <translation>ผลต่าง (จุดร้อยละ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(5) Dissatisfaction</source>
        <translation>(5) ความไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How dissatisfaction is assessed and what is learned from it.</source>
        <translation>การประเมินความไม่พึงพอใจและสารสนเทศที่ได้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No survey: dissatisfaction is not measured by survey yet.</source>
        <translation>ยังไม่มีแบบสำรวจ จึงยังไม่มีการวัดความไม่พึงพอใจด้วยแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In survey {code}, {respondents} of respondents gave at least one answer in the bottom two levels; {answers} of all answers were in them.</source>
        <translation>ในแบบสำรวจ {code} ผู้ตอบ {respondents} ให้คะแนนในสองระดับต่ำสุดอย่างน้อยหนึ่งข้อ และคำตอบทั้งหมด {answers} อยู่ในสองระดับต่ำสุด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weakest items</source>
        <translation>ข้อที่ได้คะแนนต่ำสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissatisfied</source>
        <translation>ไม่พึงพอใจ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_engagement.py" line="+68"/>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="+11"/>
        <source>No complaint was received in this period.</source>
        <translation>ไม่มีเรื่องร้องเรียนในช่วงเวลานี้</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_information.py" line="+7"/>
        <source>Complaints received by category</source>
        <translation>เรื่องร้องเรียนจำแนกตามประเภท</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/pmqa_engagement.py" line="-167"/>
        <source>(6) Services</source>
        <translation>(6) ผลผลิตและการบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requirements of each group; services designed and adapted to meet them and to attract new groups.</source>
        <translation>การกำหนดความต้องการของผู้รับบริการ การกำหนดและปรับผลผลิต/บริการเพื่อตอบสนองความต้องการ ขยายความสัมพันธ์ และดึงดูดผู้รับบริการใหม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <source>No segment is defined yet.</source>
        <translation>ยังไม่มีการกำหนดกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Needs</source>
        <translation>ความต้องการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation>ความคาดหวัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>บริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>ยังไม่บันทึก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(7) Customer support</source>
        <translation>(7) การสนับสนุนผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How services are given and feedback received; the key communication channels; the key requirements (service standards) and how they are deployed.</source>
        <translation>วิธีการให้บริการและรับข้อมูลป้อนกลับเกี่ยวกับผลผลิตและการบริการ รูปแบบและกลไกการสื่อสารที่สำคัญ ข้อกำหนดที่สำคัญ (มาตรฐานการให้บริการ) และการถ่ายทอด</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channels in use: {channels}.</source>
        <translation>ช่องทางที่ใช้: {channels}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Digital channels: {channels}.</source>
        <translation>ช่องทางดิจิทัล: {channels}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service standards and their achievement</source>
        <translation>มาตรฐานการให้บริการและผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No service standard is defined yet.</source>
        <translation>ยังไม่มีการกำหนดมาตรฐานการให้บริการ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint category</source>
        <translation>ประเภทเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledge</source>
        <translation>ตอบรับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response</source>
        <translation>ตอบกลับครั้งแรก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify result</source>
        <translation>แจ้งผล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>จำนวนเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Resolved within standard</source>
        <translation>แก้ไขภายในมาตรฐาน</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Notified within standard</source>
        <translation>แจ้งผลภายในมาตรฐาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Targets in working days.</source>
        <translation>มาตรฐานนับเป็นวันทำการ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(8) Customer segmentation</source>
        <translation>(8) การจำแนกผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The groups of customers and stakeholders, and their priority levels.</source>
        <translation>การจำแนกกลุ่มผู้รับบริการและผู้มีส่วนได้ส่วนเสีย และการกำหนดระดับความสำคัญ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>ระดับความสำคัญ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(9) Relationship management</source>
        <translation>(9) การจัดการความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building and managing relationships across the service lifecycle; using information technology and social media to strengthen them.</source>
        <translation>การสื่อสาร สร้าง และจัดการความสัมพันธ์ให้เหมาะสมตลอดวงจรชีวิต และการใช้ประโยชน์จากสื่อเทคโนโลยีสารสนเทศเพื่อเสริมสร้างความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No relationship activity was recorded in this period.</source>
        <translation>ไม่มีการบันทึกกิจกรรมสร้างความสัมพันธ์ในช่วงเวลานี้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{total} relationship activities were recorded in the period; {digital} of them through digital channels or social media.</source>
        <translation>ในช่วงเวลานี้มีกิจกรรมสร้างความสัมพันธ์ {total} ครั้ง ในจำนวนนี้ {digital} ครั้งผ่านช่องทางดิจิทัลหรือสื่อสังคมออนไลน์</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Activities</source>
        <translation>จำนวนกิจกรรม</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kind of activity</source>
        <translation>ประเภทกิจกรรม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(10) Complaint management</source>
        <translation>(10) การจัดการกับข้อร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolving complaints promptly and effectively; winning back trust and building satisfaction and engagement.</source>
        <translation>การจัดการกับข้อร้องเรียนและการแก้ไขอย่างทันท่วงทีและมีประสิทธิภาพ การเรียกความเชื่อมั่นกลับคืนมา และสร้างเสริมความพึงพอใจและความผูกพัน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>ผล</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints received</source>
        <translation>เรื่องร้องเรียนที่รับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged within standard</source>
        <translation>ตอบรับภายในมาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response within standard</source>
        <translation>ตอบกลับครั้งแรกภายในมาตรฐาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result notified within standard</source>
        <translation>แจ้งผลผู้ร้องภายในมาตรฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean working days to resolve</source>
        <translation>จำนวนวันทำการเฉลี่ยในการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median working days to resolve</source>
        <translation>มัธยฐานจำนวนวันทำการในการแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open (received in the period)</source>
        <translation>ยังดำเนินการอยู่ (รับเรื่องในช่วงเวลานี้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue (received in the period)</source>
        <translation>เกินกำหนด (รับเรื่องในช่วงเวลานี้)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen rate</source>
        <translation>อัตราการเปิดเรื่องใหม่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups answered</source>
        <translation>จำนวนผู้ตอบการติดตามผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction with the handling (mean of 5)</source>
        <translation>ความพึงพอใจต่อการจัดการเรื่อง (ค่าเฉลี่ยจาก 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied with the handling</source>
        <translation>พึงพอใจต่อการจัดการเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust restored</source>
        <translation>ความเชื่อมั่นกลับคืนมา</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today {open} cases are open in all, {overdue} of them overdue.</source>
        <translation>ณ วันนี้มีเรื่องที่ยังดำเนินการอยู่ทั้งหมด {open} เรื่อง เกินกำหนด {overdue} เรื่อง</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+8"/>
        <location filename="../src/vocdesk/ui/labels.py" line="-296"/>
        <source>High</source>
        <extracomment>สูง</extracomment>
        <translation>สูง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Medium</source>
        <extracomment>ปานกลาง</extracomment>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Low</source>
        <extracomment>ต่ำ</extracomment>
        <translation>ต่ำ</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/notices.py" line="+90"/>
        <source>The privacy notice is {length} characters long; at most {limit} are allowed.</source>
        <translation>คำประกาศความเป็นส่วนตัวยาว {length} ตัวอักษร ยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That version of the privacy notice does not exist.</source>
        <translation>ไม่มีคำประกาศความเป็นส่วนตัวฉบับนั้น</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The person no longer exists; it may have been merged or deleted.</source>
        <translation>ไม่พบบุคคลนี้แล้ว อาจถูกรวมกับระเบียนอื่นหรือถูกลบไป</translation>
    </message>
</context>
<context>
    <name>ProfileField</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+99"/>
        <source>Respondent kind</source>
        <extracomment>ประเภทผู้ตอบ</extracomment>
        <translation>ประเภทผู้ตอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <extracomment>กลุ่มผู้รับบริการ</extracomment>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <extracomment>เพศ</extracomment>
        <translation>เพศ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age band</source>
        <extracomment>ช่วงอายุ</extracomment>
        <translation>ช่วงอายุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <extracomment>ระดับการศึกษา</extracomment>
        <translation>ระดับการศึกษา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <extracomment>อาชีพ</extracomment>
        <translation>อาชีพ</translation>
    </message>
</context>
<context>
    <name>QuestionType</name>
    <message>
        <location line="-28"/>
        <source>Rating scale</source>
        <extracomment>มาตราส่วนประมาณค่า</extracomment>
        <translation>มาตราส่วนประมาณค่า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance and satisfaction</source>
        <extracomment>ความสำคัญและความพึงพอใจ</extracomment>
        <translation>ความสำคัญและความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend 0–10 (NPS)</source>
        <extracomment>โอกาสแนะนำต่อ 0–10 (NPS)</extracomment>
        <translation>โอกาสแนะนำต่อ 0–10 (NPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single choice</source>
        <extracomment>เลือกตอบข้อเดียว</extracomment>
        <translation>เลือกตอบข้อเดียว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple choice</source>
        <extracomment>เลือกตอบได้หลายข้อ</extracomment>
        <translation>เลือกตอบได้หลายข้อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <extracomment>ตัวเลข</extracomment>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text</source>
        <extracomment>ข้อความ</extracomment>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondent profile</source>
        <extracomment>ข้อมูลผู้ตอบ</extracomment>
        <translation>ข้อมูลผู้ตอบ</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../src/vocdesk/services/reports/questionnaire.py" line="+45"/>
        <source>Questionnaire {code}</source>
        <translation>แบบสอบถาม {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fiscal year {year}, round {round}</source>
        <translation>ปีงบประมาณ {year} รอบที่ {round}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/questionnaire_form.py" line="+160"/>
        <source>Please answer every item by ticking one box, unless the item says otherwise, or by writing in the space given.</source>
        <translation>โปรดตอบทุกข้อโดยทำเครื่องหมายในช่องที่ตรงกับความคิดเห็นของท่านเพียงช่องเดียว เว้นแต่ข้อนั้นระบุไว้เป็นอย่างอื่น หรือเขียนคำตอบในช่องว่างที่กำหนด</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This survey has no questions yet.</source>
        <translation>แบบสำรวจนี้ยังไม่มีข้อคำถาม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thank you for your answers.</source>
        <translation>ขอขอบคุณที่ให้ความร่วมมือในการตอบแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Form number</source>
        <translation>เลขที่แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your answers are used only to improve our services and are reported only as totals; no one is identified.</source>
        <translation>ข้อมูลของท่านจะใช้เพื่อการปรับปรุงการให้บริการเท่านั้น และจะรายงานผลในภาพรวม โดยไม่ระบุตัวผู้ตอบ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Privacy notice, version {version}</source>
        <translation>ประกาศความเป็นส่วนตัว ฉบับที่ {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Privacy notice</source>
        <translation>ประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Importance</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0 = not at all likely, 10 = extremely likely</source>
        <translation>0 = ไม่แนะนำเลย, 10 = แนะนำอย่างแน่นอน</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(tick every answer that applies)</source>
        <translation>(ตอบได้มากกว่า 1 ข้อ)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+39"/>
        <source>No opinion / not applicable</source>
        <translation>ไม่มีความเห็น / ไม่เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/question_editor.py" line="+450"/>
        <source>No.</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+14"/>
        <source>Dimension</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+9"/>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thai label</source>
        <translation>ป้ายภาษาไทย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English label</source>
        <translation>ป้ายภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>เพิ่มคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choices (scale levels, answers)</source>
        <translation>ตัวเลือก (ระดับของมาตรวัด คำตอบ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add choice</source>
        <translation>เพิ่มตัวเลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove choice</source>
        <translation>ลบตัวเลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers “no opinion / not applicable”</source>
        <translation>มีตัวเลือก “ไม่มีความเห็น / ไม่เกี่ยวข้อง”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ข้อที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>จำนวนระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile field</source>
        <translation>ข้อมูลผู้ตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text (Thai)</source>
        <translation>ข้อความ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (English)</source>
        <translation>ข้อความ (ภาษาอังกฤษ)</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/widgets/quick_entry.py" line="+96"/>
        <source>Save and &amp;next</source>
        <translation>บันทึกและรายการถัดไป(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save and close</source>
        <translation>บันทึกและปิด(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>ReceiptLetter</name>
    <message>
        <location filename="../src/vocdesk/services/reports/receipt.py" line="+40"/>
        <source>Acknowledgement of complaint {number}</source>
        <translation>หนังสือตอบรับเรื่องร้องเรียน เลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/receipt_letter.py" line="+93"/>
        <source>We acknowledge your complaint about “{subject}”, received by {agency} on {received} through {channel}.</source>
        <translation>ตามที่ท่านได้ร้องเรียนกรณี “{subject}” ต่อ{agency} ทาง{channel} เมื่อวันที่ {received} นั้น หน่วยงานได้รับเรื่องของท่านไว้เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We acknowledge your complaint, received by {agency} on {received} through {channel}.</source>
        <translation>ตามที่ท่านได้ยื่นเรื่องร้องเรียนต่อ{agency} ทาง{channel} เมื่อวันที่ {received} นั้น หน่วยงานได้รับเรื่องของท่านไว้เรียบร้อยแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It has been registered as case number {number} under “{category}”. Our service standard is to resolve a complaint of this kind within {days} working days, that is by {due}. Should we need further information from you, the days spent waiting for it are added to this time.</source>
        <translation>โดยลงทะเบียนรับเป็นเรื่องเลขที่ {number} ประเภท “{category}” ซึ่งตามมาตรฐานการให้บริการ เรื่องประเภทนี้จะดำเนินการให้แล้วเสร็จภายใน {days} วันทำการ คือภายในวันที่ {due} ทั้งนี้ หากจำเป็นต้องขอข้อมูลเพิ่มเติมจากท่าน ระยะเวลาที่รอข้อมูลจะไม่นับรวมในกำหนดเวลาดังกล่าว</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To follow up on your complaint, please contact {agency} and quote case number {number}.</source>
        <translation>หากท่านประสงค์จะติดตามความคืบหน้าของเรื่อง โปรดติดต่อ{agency} โดยแจ้งเลขที่เรื่อง {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thank you for bringing this matter to our attention.</source>
        <translation>จึงเรียนมาเพื่อโปรดทราบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complainant</source>
        <translation>ผู้ร้องเรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ref. {number}</source>
        <translation>ที่ {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: Acknowledgement of your complaint</source>
        <translation>เรื่อง ตอบรับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear {name},</source>
        <translation>เรียน {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yours sincerely,</source>
        <translation>ขอแสดงความนับถือ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case number {number}</source>
        <translation>เรื่องเลขที่ {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/exchange/receive_dialog.py" line="+114"/>
        <source>Receive a bundle</source>
        <translation>รับไฟล์แลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the bundle…</source>
        <translation>กำลังอ่านไฟล์แลกเปลี่ยนข้อมูล…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From: {office}</source>
        <translation>จาก: {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For: {office}</source>
        <translation>ถึง: {office}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any office</source>
        <translation>สำนักงานใดก็ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made: {moment} (bundle no. {sequence})</source>
        <translation>สร้างเมื่อ: {moment} (ฉบับที่ {sequence})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds: everything the office had</source>
        <translation>บรรจุ: ข้อมูลทั้งหมดของสำนักงานผู้ส่ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds: what changed there since {moment}</source>
        <translation>บรรจุ: ข้อมูลที่เปลี่ยนแปลงที่สำนักงานผู้ส่งตั้งแต่ {moment}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln record(s) and deletion(s)</source>
        <translation>
            <numerusform>ข้อมูลและรายการที่ลบ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the passphrase the two offices agreed on.</source>
        <translation>โปรดพิมพ์วลีรหัสผ่านที่สองสำนักงานตกลงกันไว้</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Receiving the bundle…</source>
        <translation>กำลังรับไฟล์แลกเปลี่ยนข้อมูล…</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+46"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>This bundle (no. {sequence} from {office}) was received before: nothing changed.</source>
        <translation>ไฟล์นี้ (ฉบับที่ {sequence} จาก {office}) เคยรับแล้ว จึงไม่มีข้อมูลใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received bundle no. {sequence} from {office}: {inserted} added, {updated} updated, {deleted} deleted, {unchanged} already the same here.</source>
        <translation>รับไฟล์ฉบับที่ {sequence} จาก {office} แล้ว: เพิ่ม {inserted} ปรับปรุง {updated} ลบ {deleted} และตรงกันอยู่แล้ว {unchanged} รายการ</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln record(s) kept as they are here (anonymised here, or deleted or changed here after the other office&apos;s change).</source>
        <translation>
            <numerusform>คงข้อมูลตามที่มีอยู่ที่นี่ %Ln รายการ (ถูกทำให้ไม่ระบุตัวตนที่นี่ หรือถูกลบหรือแก้ไขที่นี่หลังการเปลี่ยนแปลงของสำนักงานผู้ส่ง)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln field(s) were changed in both offices: the newer change was kept, the other is left for review.</source>
        <translation>
            <numerusform>มี %Ln ช่องข้อมูลที่ถูกแก้ไขทั้งสองสำนักงาน ระบบเก็บค่าที่แก้ไขล่าสุดไว้ ส่วนอีกค่าหนึ่งรอการตรวจทาน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receive from another office</source>
        <translation>รับข้อมูลจากสำนักงานอื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the bundle another office sent. What it says about itself is shown first; then type the passphrase the two offices agreed on. Nothing is changed unless the whole bundle is read and merged; the same bundle twice changes nothing.</source>
        <translation>เลือกไฟล์แลกเปลี่ยนข้อมูลที่สำนักงานอื่นส่งมา ระบบจะแสดงรายละเอียดของไฟล์ก่อน แล้วจึงให้พิมพ์วลีรหัสผ่านที่สองสำนักงานตกลงกันไว้ ข้อมูลจะเปลี่ยนแปลงก็ต่อเมื่ออ่านและรวมไฟล์ได้ครบทั้งไฟล์ และการรับไฟล์เดิมซ้ำจะไม่เปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File:</source>
        <translation>ไฟล์(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>เลือก(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive</source>
        <translation>รับข้อมูล(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;conflicts…</source>
        <translation>ตรวจทานข้อมูลขัดแย้ง(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ReminderSource</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+37"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+79"/>
        <source>Activity follow-up</source>
        <extracomment>ติดตามผลกิจกรรม</extracomment>
        <translation>ติดตามผลกิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Complaint follow-up</source>
        <extracomment>ติดตามผลข้อร้องเรียน</extracomment>
        <translation>ติดตามผลเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Contact due</source>
        <extracomment>ถึงรอบติดต่อ</extracomment>
        <translation>ถึงรอบติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Set by hand</source>
        <extracomment>ตั้งเอง</extracomment>
        <translation>ตั้งเอง</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+4"/>
        <source>Open</source>
        <extracomment>รอดำเนินการ</extracomment>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Done</source>
        <extracomment>เสร็จแล้ว</extracomment>
        <translation>เสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../src/vocdesk/services/relationships/reminders.py" line="+340"/>
        <source>The reminder no longer exists; the list was refreshed.</source>
        <translation>ไม่พบรายการแจ้งเตือนนี้แล้ว ได้ปรับปรุงรายการใหม่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reminder is already done.</source>
        <translation>รายการแจ้งเตือนนี้ดำเนินการเสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A reminder cannot be put off to a day in the past.</source>
        <translation>ไม่สามารถเลื่อนการแจ้งเตือนไปเป็นวันที่ผ่านมาแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put a reminder off by at least one working day.</source>
        <translation>เลื่อนการแจ้งเตือนอย่างน้อย 1 วันทำการ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An officer&apos;s name is at most 200 characters.</source>
        <translation>ชื่อผู้รับผิดชอบยาวได้ไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new reminder cannot be due in the past.</source>
        <translation>การแจ้งเตือนใหม่ต้องไม่ถึงกำหนดในวันที่ผ่านมาแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The note or the officer&apos;s name is too long.</source>
        <translation>บันทึกหรือชื่อผู้รับผิดชอบยาวเกินไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stakeholder no longer exists.</source>
        <translation>ไม่พบผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียรายนี้แล้ว</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The stakeholder no longer exists or was archived.</source>
        <translation>ไม่พบผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียรายนี้ หรือถูกจัดเก็บเข้าคลังแล้ว</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This stakeholder has no contact interval.</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียรายนี้ไม่มีรอบการติดต่อ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Each contact interval is from {low} to {high} months.</source>
        <translation>รอบการติดต่อแต่ละระดับต้องอยู่ระหว่าง {low} ถึง {high} เดือน</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/reminders_model.py" line="-34"/>
        <source>Case {number}</source>
        <translation>เรื่องเลขที่ {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>ถึงกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>เหตุที่แจ้งเตือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/reminders_page.py" line="+299"/>
        <source>Reading the reminders…</source>
        <translation>กำลังอ่านรายการแจ้งเตือน…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Showing {shown} of {total}</source>
        <translation>แสดง {shown} จาก {total} รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today: {today}  ·  Overdue: {overdue}</source>
        <translation>ถึงกำหนดวันนี้: {today}  ·  เกินกำหนด: {overdue}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} due</source>
        <translation>ถึงกำหนด {count} ราย</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+151"/>
        <source>All officers</source>
        <translation>ผู้รับผิดชอบทุกคน</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+153"/>
        <source>Not assigned</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+146"/>
        <source>All segments</source>
        <translation>ทุกกลุ่ม</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Put the reminder off</source>
        <translation>เลื่อนการแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remind again on:</source>
        <translation>แจ้งเตือนอีกครั้งวันที่:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reassign the reminder</source>
        <translation>มอบหมายการแจ้งเตือนให้ผู้อื่น</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Officer:</source>
        <translation>ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next contacts due</source>
        <translation>ถึงรอบติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;แสดง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officer:</source>
        <translation>&amp;ผู้รับผิดชอบ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;egment:</source>
        <translation>&amp;กลุ่มผู้รับบริการ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>ถึงกำหนด:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment:</source>
        <translation>กลุ่มผู้รับบริการ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today and overdue</source>
        <translation>ถึงกำหนดวันนี้และเกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open</source>
        <translation>ที่ยังไม่เสร็จทั้งหมด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By today</source>
        <translation>ภายในวันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within {days} days</source>
        <translation>ภายใน {days} วัน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the reminder done today (Ctrl+D)</source>
        <translation>บันทึกว่าดำเนินการเสร็จวันนี้ (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>เลื่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the reminder off (Ctrl+Shift+S)</source>
        <translation>เลื่อนการแจ้งเตือน (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One working day</source>
        <translation>1 วันทำการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One week ({days} working days)</source>
        <translation>1 สัปดาห์ ({days} วันทำการ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a day…</source>
        <translation>เลือกวันที่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign…</source>
        <translation>มอบหมายใหม่…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the reminder to another officer (Ctrl+Shift+R)</source>
        <translation>มอบหมายการแจ้งเตือนให้ผู้รับผิดชอบคนอื่น (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact intervals…</source>
        <translation>รอบการติดต่อ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me</source>
        <translation>ตั้งแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reminder for this contact (Ctrl+Shift+M)</source>
        <translation>ตั้งการแจ้งเตือนให้ติดต่อรายนี้ (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record contact…</source>
        <translation>บันทึกการติดต่อ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the meeting, call or visit made (Ctrl+Shift+C)</source>
        <translation>บันทึกการประชุม การโทร หรือการเยี่ยมที่ได้ทำ (Ctrl+Shift+C)</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/reports/kinds.py" line="+19"/>
        <source>PMQA category 3 evidence pack</source>
        <translation>หลักฐานประกอบการประเมิน PMQA หมวด 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint report</source>
        <translation>รายงานผลการจัดการข้อร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey report</source>
        <translation>รายงานผลการสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder profile</source>
        <translation>ข้อมูลผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement letter</source>
        <translation>หนังสือตอบรับเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper questionnaire</source>
        <translation>แบบสอบถามฉบับพิมพ์</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/reports/options_dialog.py" line="+245"/>
        <source>Whole fiscal year (12-month round)</source>
        <translation>ทั้งปีงบประมาณ (รอบ 12 เดือน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First half, October–March (6-month round)</source>
        <translation>ครึ่งปีแรก ตุลาคม–มีนาคม (รอบ 6 เดือน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second half, April–September</source>
        <translation>ครึ่งปีหลัง เมษายน–กันยายน</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No person or organisation matches “{text}”.</source>
        <translation>ไม่พบบุคคลหรือหน่วยงานที่ตรงกับ “{text}”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+1"/>
        <source>Choose the survey.</source>
        <translation>โปรดเลือกแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search for the person or organisation and choose one of the matches.</source>
        <translation>โปรดค้นหาบุคคลหรือหน่วยงาน แล้วเลือกจากรายการที่พบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the complaint&apos;s case number.</source>
        <translation>โปรดระบุเลขที่เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the PDF.</source>
        <translation>โปรดเลือกตำแหน่งที่จะบันทึกไฟล์ PDF</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Report language:</source>
        <translation>ภาษาของรายงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey:</source>
        <translation>แบบสำรวจ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or organisation:</source>
        <translation>บุคคลหรือหน่วยงาน:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number:</source>
        <translation>เลขที่เรื่อง:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year:</source>
        <translation>ปีงบประมาณ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>ช่วงเวลา:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>บันทึกเป็น:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name or national ID</source>
        <translation>ชื่อ หรือเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed on the case</source>
        <translation>ตามที่ปรากฏในเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show names and identifiers in full</source>
        <translation>แสดงชื่อและเลขประจำตัวแบบเต็ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal data: print it in full only when the reader is entitled to it, and keep the paper safe. Unchecked, names and ID numbers are masked.</source>
        <translation>ข้อมูลส่วนบุคคล: พิมพ์แบบเต็มเฉพาะเมื่อผู้อ่านมีสิทธิ์เข้าถึงข้อมูลนั้น และเก็บรักษาเอกสารให้ปลอดภัย หากไม่เลือก ระบบจะปกปิดชื่อและเลขประจำตัวบางส่วน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save As…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make PDF</source>
        <translation>สร้าง PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No survey in this database</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the surveys…</source>
        <translation>กำลังอ่านรายการแบบสำรวจ…</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/reports/run.py" line="+74"/>
        <source>Making the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../src/vocdesk/services/reports/catalogue.py" line="+51"/>
        <source>The {kind} report needs --id: say which one.</source>
        <translation>รายงาน {kind} ต้องระบุเรื่องที่จะพิมพ์ (--id)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>บันทึกไฟล์ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/reports/context.py" line="+81"/>
        <source>Fiscal year {year} ({span})</source>
        <translation>ปีงบประมาณ {year} ({span})</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/pdpa/access_export.py" line="-60"/>
        <location filename="../src/vocdesk/services/reports/context.py" line="+11"/>
        <source>Printed {moment} by {name}</source>
        <translation>พิมพ์เมื่อ {moment} โดย {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/vocdesk/services/reports/context.py" line="+11"/>
        <source>Page {page} of {count}</source>
        <translation>หน้า {page} จาก {count}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/reports/request.py" line="+73"/>
        <source>{year} is not a year: give it as 2569 (B.E.) or 2026.</source>
        <translation>{year} ไม่ใช่ปีที่ถูกต้อง: ให้ระบุเป็น 2569 (พ.ศ.) หรือ 2026 (ค.ศ.)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The month {month} is not in fiscal year {year}.</source>
        <translation>เดือน {month} ไม่อยู่ในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown period {period}: use h1 (October–March), h2 (April–September), full (the whole fiscal year) or a month as YYYY-MM.</source>
        <translation>ไม่รู้จักช่วงเวลา {period}: ให้ใช้ h1 (ตุลาคม–มีนาคม) h2 (เมษายน–กันยายน) full (ทั้งปีงบประมาณ) หรือเดือนในรูปแบบ YYYY-MM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{period} is not a month: give it as YYYY-MM.</source>
        <translation>{period} ไม่ใช่เดือนที่ถูกต้อง: ให้ระบุในรูปแบบ YYYY-MM</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/reports/stakeholder.py" line="+102"/>
        <location line="+52"/>
        <source>No stakeholder has the id or national ID “{id}”.</source>
        <translation>ไม่พบผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียที่มีรหัสหรือเลขประจำตัวประชาชน “{id}”</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/reports/survey.py" line="+86"/>
        <source>There is no survey with the code {code}.</source>
        <translation>ไม่มีแบบสำรวจรหัส {code}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/reports/receipt.py" line="+20"/>
        <source>There is no complaint case numbered {number}.</source>
        <translation>ไม่พบเรื่องร้องเรียนเลขที่ {number}</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../src/vocdesk/ui/reports/menu.py" line="+101"/>
        <source>&amp;Reports</source>
        <translation>รายงาน(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{report}…</source>
        <translation>{report}…</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/request_forms.py" line="-147"/>
        <source>To be answered by {day} ({days} calendar days).</source>
        <translation>ต้องตอบภายใน {day} ({days} วันตามปฏิทิน)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a request of a data subject</source>
        <translation>บันทึกคำขอของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person (record id or national ID)</source>
        <translation>เจ้าของข้อมูล (รหัสในทะเบียนหรือเลขประจำตัวประชาชน)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>วันที่รับคำขอ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requester, if not the person</source>
        <translation>ผู้ยื่นคำขอ (หากไม่ใช่เจ้าของข้อมูล)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not given)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty when the person is not in the registry</source>
        <translation>เว้นว่างได้หากบุคคลนี้ยังไม่อยู่ในทะเบียน</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="-132"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+56"/>
        <source>Access</source>
        <extracomment>ขอเข้าถึงข้อมูล</extracomment>
        <translation>ขอเข้าถึงข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Portability</source>
        <extracomment>ขอรับหรือโอนย้ายข้อมูล</extracomment>
        <translation>ขอรับหรือโอนย้ายข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Correction</source>
        <extracomment>ขอแก้ไขข้อมูล</extracomment>
        <translation>ขอแก้ไขข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Objection</source>
        <extracomment>คัดค้านการประมวลผล</extracomment>
        <translation>คัดค้านการประมวลผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Restriction</source>
        <extracomment>ขอระงับการใช้ข้อมูล</extracomment>
        <translation>ขอระงับการใช้ข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Erasure</source>
        <extracomment>ขอลบหรือทำให้ไม่สามารถระบุตัวบุคคลได้</extracomment>
        <translation>ขอลบหรือทำให้ไม่สามารถระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Consent withdrawn</source>
        <extracomment>ถอนความยินยอม</extracomment>
        <translation>ถอนความยินยอม</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+4"/>
        <source>Open</source>
        <extracomment>รอดำเนินการ</extracomment>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Answered</source>
        <extracomment>ดำเนินการแล้ว</extracomment>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Refused</source>
        <extracomment>ปฏิเสธคำขอ</extracomment>
        <translation>ปฏิเสธคำขอ</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/ui/pdpa/requests_dialog.py" line="+207"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n คำขอ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{kind}: {deadline}.</source>
        <translation>{kind}: {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details: {text}</source>
        <translation>รายละเอียด: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered on {day}: {outcome}</source>
        <translation>ตอบเมื่อ {day}: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person&apos;s records are restricted.</source>
        <translation>ข้อมูลของบุคคลนี้ถูกระงับการใช้</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Assign the request</source>
        <translation>มอบหมายคำขอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The officer&apos;s sign-in name:</source>
        <translation>ชื่อผู้ใช้ของเจ้าหน้าที่:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Link to the record</source>
        <translation>เชื่อมกับข้อมูลในทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s record id or national ID:</source>
        <translation>รหัสข้อมูลในทะเบียนหรือเลขประจำตัวประชาชนของเจ้าของข้อมูล:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export for the person</source>
        <translation>ส่งออกข้อมูลของบุคคล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip file (*.zip)</source>
        <translation>ไฟล์ Zip (*.zip)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Written {path}: {records} records and {files} attached files.</source>
        <translation>บันทึก {path} แล้ว: ข้อมูล {records} รายการ และไฟล์แนบ {files} ไฟล์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting the person&apos;s data</source>
        <translation>กำลังส่งออกข้อมูลของบุคคล</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Requests of data subjects</source>
        <translation>คำขอของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>คำขอทั้งหมด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every kind</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received from</source>
        <translation>รับคำขอตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New request…</source>
        <translation>บันทึกคำขอใหม่(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer…</source>
        <translation>ตอบคำขอ(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export for the person…</source>
        <translation>ส่งออกข้อมูลของบุคคล(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lift restriction</source>
        <translation>ยกเลิกการระงับ(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct the record…</source>
        <translation>แก้ไขข้อมูลในทะเบียน(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;k to the record…</source>
        <translation>เชื่อมกับข้อมูลในทะเบียน(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assi&amp;gn…</source>
        <translation>มอบหมาย(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/requests_model.py" line="+28"/>
        <source>Answered late</source>
        <translation>ตอบเกินกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered in time</source>
        <translation>ตอบทันกำหนด</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>เกินกำหนด %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>เหลือ %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{person} (asked by {requester})</source>
        <translation>{person} (ยื่นโดย {requester})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received</source>
        <translation>วันที่รับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>คำขอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>เจ้าของข้อมูล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>กำหนดตอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/account_dialogs.py" line="-73"/>
        <location line="+10"/>
        <source>Reset password</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>A new password for {name}. Tell it to them in person; they must choose their own at their next sign-in. The account is unlocked too.</source>
        <translation>รหัสผ่านใหม่สำหรับ {name} กรุณาแจ้งให้ทราบด้วยตนเอง ผู้ใช้ต้องตั้งรหัสผ่านของตนเองเมื่อเข้าสู่ระบบครั้งถัดไป และบัญชีจะถูกปลดล็อกด้วย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>รหัสผ่านใหม่(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>ยืนยันรหัสผ่านใหม่(&amp;A):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ResponsesImport</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/responses_import.py" line="+128"/>
        <source>There is no survey “{code}”. Surveys: {codes}.</source>
        <translation>ไม่มีแบบสำรวจ “{code}” แบบสำรวจที่มี: {codes}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>“{column}” takes no value mapping; these questions do: {columns}.</source>
        <translation>“{column}” กำหนดการแปลงค่าไม่ได้ คำถามที่กำหนดได้: {columns}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” cannot become “{value}” in {column}: {values} are its answers.</source>
        <translation>แปลง “{text}” เป็น “{value}” ใน {column} ไม่ได้ คำตอบของข้อนี้คือ {values}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No column of the file is a question of survey {code}: head each column with the question&apos;s code (e.g. {example}) or its text.</source>
        <translation>ไม่มีคอลัมน์ใดในไฟล์ตรงกับคำถามของแบบสำรวจ {code} โปรดตั้งหัวคอลัมน์เป็นรหัสคำถาม (เช่น {example}) หรือข้อความคำถาม</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The file has no submitted_on column: the responses are dated {day}.</source>
        <translation>ไฟล์ไม่มีคอลัมน์ submitted_on (วันที่ตอบ) จึงลงวันที่คำตอบเป็น {day}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/surveys/response_cells.py" line="+134"/>
        <source>item {item} has no “no opinion” answer; leave the cell empty for no answer.</source>
        <translation>ข้อ {item} ไม่มีคำตอบ “ไม่มีความคิดเห็น” หากไม่ได้ตอบ ให้เว้นช่องว่างไว้</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>“{value}” is not an answer of item {item} ({answers}).</source>
        <translation>“{value}” ไม่ใช่คำตอบของข้อ {item} ({answers})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is outside {low}–{high}, the scale of item {item}.</source>
        <translation>{value} อยู่นอกช่วง {low}–{high} ซึ่งเป็นระดับคะแนนของข้อ {item}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not an answer of item {item} ({answers}).</source>
        <translation>{value} ไม่ใช่คำตอบของข้อ {item} ({answers})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>“{value}” mixes choices with “no opinion”.</source>
        <translation>“{value}” มีทั้งตัวเลือกและ “ไม่มีความคิดเห็น” ปนกัน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{value}” is not a number (item {item}).</source>
        <translation>“{value}” ไม่ใช่ตัวเลข (ข้อ {item})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the text has {length} characters; at most {limit} fit.</source>
        <translation>ข้อความยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../src/vocdesk/services/pdpa/retention.py" line="+109"/>
        <source>No retention period is set for this kind of record.</source>
        <translation>ยังไม่ได้กำหนดระยะเวลาการเก็บรักษาสำหรับข้อมูลประเภทนี้</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A retention period is from 1 to {most} years.</source>
        <translation>ระยะเวลาการเก็บรักษากำหนดได้ตั้งแต่ 1 ถึง {most} ปี</translation>
    </message>
</context>
<context>
    <name>RetentionAction</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+18"/>
        <source>Anonymise</source>
        <extracomment>ทำให้ไม่สามารถระบุตัวบุคคลได้</extracomment>
        <translation>ทำให้ไม่สามารถระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <extracomment>ลบ</extracomment>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/retention_dialog.py" line="+56"/>
        <source>the last contact (or the day the person is kept until)</source>
        <translation>การติดต่อครั้งล่าสุด (หรือวันที่กำหนดให้เก็บถึง)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>received</source>
        <translation>วันที่ได้รับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed, else resolved (open cases never)</source>
        <translation>วันที่ยุติเรื่อง หรือวันที่แล้วเสร็จ (เรื่องที่ยังไม่ยุติไม่นับ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submitted</source>
        <translation>วันที่ตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>took place</source>
        <translation>วันที่มีกิจกรรม</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>เรื่องร้องเรียน %n เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n survey response(s)</source>
        <translation>
            <numerusform>การตอบแบบสำรวจ %n ชุด</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%n person(s) in the registry</source>
        <translation>
            <numerusform>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย %n ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n feedback item(s)</source>
        <translation>
            <numerusform>ข้อมูลป้อนกลับ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n activity record(s)</source>
        <translation>
            <numerusform>กิจกรรม %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+188"/>
        <source>{count} ({closed} confidential: left for an officer allowed)</source>
        <translation>{count} (เรื่องลับ {closed} เรื่อง: เว้นไว้ให้เจ้าหน้าที่ที่มีสิทธิ์)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{kind} due on {day}: {count}</source>
        <translation>{kind} ที่ครบกำหนด ณ วันที่ {day}: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no period set</source>
        <translation>ยังไม่ได้กำหนดระยะเวลา</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retention periods saved.</source>
        <translation>บันทึกระยะเวลาการเก็บรักษาแล้ว</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{records} will be deleted, with what belongs to them (history, attachments, answers, participants). This cannot be undone.</source>
        <translation>{records} จะถูกลบ พร้อมข้อมูลที่ผูกอยู่ (ประวัติ ไฟล์แนบ คำตอบ ผู้เข้าร่วม) ทำแล้วย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} will be anonymised: their personal data replaced for good. This cannot be undone.</source>
        <translation>{records} จะถูกทำให้ไม่สามารถระบุตัวบุคคลได้ ข้อมูลส่วนบุคคลจะถูกแทนที่อย่างถาวร ทำแล้วย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done: {records} deleted.</source>
        <translation>เสร็จแล้ว: ลบ{records}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: {records} anonymised.</source>
        <translation>เสร็จแล้ว: ทำให้{records}ไม่สามารถระบุตัวบุคคลได้</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Retention review</source>
        <translation>ทบทวนระยะเวลาการเก็บรักษาข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records due on</source>
        <translation>รายการที่ครบกำหนด ณ วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save periods</source>
        <translation>บันทึกระยะเวลา</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Records</source>
        <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Kept for (years)</source>
        <translation>เก็บไว้ (ปี)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Then</source>
        <translation>จากนั้น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>นับจาก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not set</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymise…</source>
        <translation>ทำให้ไม่ระบุตัวบุคคล…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past reviews</source>
        <translation>การทบทวนที่ผ่านมา</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>ครบกำหนด ณ วันที่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
</context>
<context>
    <name>RetentionRecordType</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="-16"/>
        <source>Stakeholders</source>
        <extracomment>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</extracomment>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <extracomment>ข้อมูลป้อนกลับ</extracomment>
        <translation>ข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <extracomment>เรื่องร้องเรียน</extracomment>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey responses</source>
        <extracomment>การตอบแบบสำรวจ</extracomment>
        <translation>การตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activities</source>
        <extracomment>กิจกรรม</extracomment>
        <translation>กิจกรรม</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/common.py" line="-11"/>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../src/vocdesk/ui/backups_dialog.py" line="-78"/>
        <source>Automatic copies</source>
        <translation>การสำรองข้อมูลอัตโนมัติ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy on a schedule</source>
        <translation>สำรองตามกำหนด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days to keep a copy of</source>
        <translation>จำนวนวันที่เก็บแฟ้มสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks to keep a copy of</source>
        <translation>จำนวนสัปดาห์ที่เก็บแฟ้มสำรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to keep a copy of</source>
        <translation>จำนวนเดือนที่เก็บแฟ้มสำรอง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the schedule</source>
        <translation>บันทึกกำหนดการ</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <location filename="../src/vocdesk/app.py" line="+415"/>
        <source>There is no survey “{code}” in this database.</source>
        <translation>ไม่มีแบบสำรวจรหัส “{code}” ในฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no page “{page}”; choose one of: {pages}.</source>
        <translation>ไม่มีหน้า “{page}” ให้เลือกหนึ่งใน: {pages}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>There is no tab “{tab}”; choose one of: {tabs}.</source>
        <translation>ไม่มีแท็บ “{tab}” กรุณาเลือกจาก: {tabs}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This database has accounts: give a token file (--token-file) to take its picture as that account.</source>
        <translation>ฐานข้อมูลนี้มีบัญชีผู้ใช้ กรุณาระบุไฟล์โทเค็น (--token-file) เพื่อถ่ายภาพหน้าจอในนามบัญชีนั้น</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The picture could not be saved to {path}.</source>
        <translation>ไม่สามารถบันทึกภาพไปที่ {path} ได้</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <location filename="../src/vocdesk/ui/widgets/searchable_table.py" line="+173"/>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows: {count}</source>
        <translation>จำนวนแถว: {count}</translation>
    </message>
</context>
<context>
    <name>SegmentCheck</name>
    <message>
        <location filename="../src/vocdesk/services/registry/segments.py" line="+68"/>
        <source>The segment was not saved:
{problems}</source>
        <translation>ยังไม่ได้บันทึกกลุ่มผู้รับบริการ:
{problems}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the segment&apos;s name.</source>
        <translation>กรุณากรอกชื่อกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation>ยาวเกินไป: {length} ตัวอักษร ได้ไม่เกิน {limit}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each line may have at most {limit} characters.</source>
        <translation>แต่ละบรรทัดยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The segment no longer exists.</source>
        <translation>ไม่พบกลุ่มผู้รับบริการนี้แล้ว</translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="-286"/>
        <source>Service recipient</source>
        <extracomment>ผู้รับบริการ</extracomment>
        <translation>ผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder</source>
        <extracomment>ผู้มีส่วนได้ส่วนเสีย</extracomment>
        <translation>ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/registry/segments_dialog.py" line="+135"/>
        <source>(inactive)</source>
        <translation>(เลิกใช้)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Segments</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority level</source>
        <translation>ระดับความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirements (one a line)</source>
        <translation>ความต้องการ (บรรทัดละหนึ่งข้อ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expectations (one a line)</source>
        <translation>ความคาดหวัง (บรรทัดละหนึ่งข้อ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services used</source>
        <translation>บริการที่ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In use</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offered in the registry&apos;s lists</source>
        <translation>แสดงให้เลือกในทะเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New segment</source>
        <translation>เพิ่มกลุ่มใหม่(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/exchange/send_dialog.py" line="+156"/>
        <source>Send a bundle to</source>
        <translation>บันทึกไฟล์แลกเปลี่ยนข้อมูลไปที่</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the file to write the bundle to.</source>
        <translation>โปรดเลือกไฟล์ที่จะบันทึกไฟล์แลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the passphrase the two offices agreed on.</source>
        <translation>โปรดพิมพ์วลีรหัสผ่านที่สองสำนักงานตกลงกันไว้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>วลีรหัสผ่านทั้งสองช่องไม่ตรงกัน โปรดพิมพ์วลีเดียวกันสองครั้ง</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the bundle…</source>
        <translation>กำลังบันทึกไฟล์แลกเปลี่ยนข้อมูล…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+48"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message numerus="yes">
        <location line="-44"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any office</source>
        <translation>สำนักงานใดก็ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everything this office holds</source>
        <translation>ข้อมูลทั้งหมดของสำนักงานนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what changed since the last bundle to {office}</source>
        <translation>ข้อมูลที่เปลี่ยนแปลงนับจากไฟล์ล่าสุดที่ส่งไปยัง {office}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle no. {sequence} for {office} written: {records} ({scope}), {attachments} attachment file(s), {size} MB, in {path}. Take it to the other office and give them the passphrase another way (not with the file).</source>
        <translation>บันทึกไฟล์แลกเปลี่ยนข้อมูลฉบับที่ {sequence} สำหรับ {office} แล้ว: {records} ({scope}) ไฟล์แนบ {attachments} ไฟล์ ขนาด {size} MB ที่ {path} โปรดนำไฟล์ไปให้สำนักงานปลายทาง และแจ้งวลีรหัสผ่านด้วยช่องทางอื่น (ไม่แนบไปพร้อมไฟล์)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send to another office</source>
        <translation>ส่งข้อมูลไปยังสำนักงานอื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bundle carries what changed in this office since the last bundle to the other office (every area, attachments and deletions), encrypted under a passphrase the two offices agreed on. Take it on a USB stick or send it by e-mail; the other office receives it with File › Receive….</source>
        <translation>ไฟล์แลกเปลี่ยนข้อมูลบรรจุข้อมูลที่เปลี่ยนแปลงในสำนักงานนี้นับจากไฟล์ล่าสุดที่ส่งไปยังสำนักงานนั้น (ทุกส่วนงาน ไฟล์แนบ และรายการที่ลบ) เข้ารหัสด้วยวลีรหัสผ่านที่สองสำนักงานตกลงกันไว้ นำไปด้วยแฟลชไดรฟ์หรือส่งทางอีเมลก็ได้ สำนักงานปลายทางรับข้อมูลได้ที่ แฟ้ม › รับข้อมูล…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To &amp;office:</source>
        <translation>ถึงสำนักงาน(&amp;O):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;File:</source>
        <translation>ไฟล์(&amp;F):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>พิมพ์อีกครั้ง(&amp;A):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an office&apos;s code, e.g. BKK (empty: any office, everything)</source>
        <translation>รหัสสำนักงาน เช่น BKK (เว้นว่าง: สำนักงานใดก็ได้ ส่งทั้งหมด)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send &amp;everything, not only what changed since the last bundle</source>
        <translation>ส่งข้อมูลทั้งหมด ไม่เฉพาะที่เปลี่ยนแปลงนับจากไฟล์ล่าสุด(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>เลือก(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least 10 characters</source>
        <translation>อย่างน้อย 10 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>ส่ง(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>SensitiveCheck</name>
    <message>
        <location filename="../src/vocdesk/ui/pdpa/sensitive_check.py" line="+58"/>
        <source>Sensitive personal data (health, religion, criminal record)</source>
        <translation>ข้อมูลส่วนบุคคลที่มีความอ่อนไหว (สุขภาพ ศาสนา ประวัติอาชญากรรม)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDPA section 26: the notes and free texts about this person are shown only to users with the personal-data permission, left out of exports without it and of reports printed without personal data.</source>
        <translation>มาตรา 26 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล: บันทึกและข้อความอิสระเกี่ยวกับบุคคลนี้แสดงเฉพาะผู้มีสิทธิ์ข้อมูลส่วนบุคคล ไม่รวมในการส่งออกที่ไม่มีสิทธิ์ และไม่พิมพ์ในรายงานที่ไม่แสดงข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sensitive personal data: shown only with the personal-data permission</source>
        <translation>ข้อมูลส่วนบุคคลที่มีความอ่อนไหว: แสดงเฉพาะผู้มีสิทธิ์ข้อมูลส่วนบุคคล</translation>
    </message>
</context>
<context>
    <name>Sentiment</name>
    <message>
        <location filename="../src/vocdesk/reports/pdpa_access.py" line="-28"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+61"/>
        <source>Positive</source>
        <extracomment>เชิงบวก</extracomment>
        <translation>เชิงบวก</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Neutral</source>
        <extracomment>เป็นกลาง</extracomment>
        <translation>เป็นกลาง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Negative</source>
        <extracomment>เชิงลบ</extracomment>
        <translation>เชิงลบ</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../src/vocdesk/services/settings.py" line="+119"/>
        <source>There is no setting called {key}. The settings are: {keys}.</source>
        <translation>ไม่มีการตั้งค่าชื่อ {key} การตั้งค่าที่มี ได้แก่ {keys}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The logo must be given as a PNG image.</source>
        <translation>ตราสัญลักษณ์ต้องเป็นภาพแบบ PNG</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The logo file {path} does not exist.</source>
        <translation>ไม่พบไฟล์ตราสัญลักษณ์ {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The logo file {path} is not an image VocDesk can read. Use a PNG or JPEG file.</source>
        <translation>ไฟล์ตราสัญลักษณ์ {path} ไม่ใช่ภาพที่ VocDesk อ่านได้ โปรดใช้ไฟล์ PNG หรือ JPEG</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The agency&apos;s name is {length} characters long; at most {limit} are allowed.</source>
        <translation>ชื่อหน่วยงานยาว {length} ตัวอักษร แต่กำหนดให้ยาวได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print Thai digits takes yes or no, not {value}.</source>
        <translation>การพิมพ์เลขไทยต้องระบุเป็น yes หรือ no เท่านั้น ไม่ใช่ {value}</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <location filename="../src/vocdesk/io/sheet.py" line="+73"/>
        <source>The file {path} is empty.</source>
        <translation>ไฟล์ {path} ว่างเปล่า</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} must have its column headings in row 1.</source>
        <translation>ไฟล์ {path} ต้องมีหัวคอลัมน์อยู่ในแถวที่ 1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The file {path} could not be read: {reason}</source>
        <translation>อ่านไฟล์ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file {path} could not be read at line {line}: {reason}</source>
        <translation>อ่านไฟล์ {path} ไม่ได้ที่บรรทัด {line}: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file {path} mixes two text encodings: some rows are UTF-8, but row {row} is not (it reads as “{as_utf8}” in UTF-8 and as “{as_cp874}” in Thai Windows text). Nothing was read. Save the whole file again from one program as “CSV UTF-8” and import it again.</source>
        <translation>ไฟล์ {path} ใช้การเข้ารหัสข้อความปนกันสองแบบ บางแถวเป็น UTF-8 แต่แถวที่ {row} ไม่ใช่ (อ่านแบบ UTF-8 ได้เป็น “{as_utf8}” และอ่านแบบภาษาไทยของ Windows ได้เป็น “{as_cp874}”) จึงยังไม่ได้อ่านข้อมูลใด ๆ กรุณาบันทึกไฟล์ทั้งไฟล์ใหม่จากโปรแกรมเดียวเป็น “CSV UTF-8” แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file {path} is neither UTF-8 nor Thai Windows (cp874) text. Save it from Excel as “CSV UTF-8” and try again.</source>
        <translation>ไฟล์ {path} ไม่ใช่ข้อความแบบ UTF-8 หรือภาษาไทยของ Windows (cp874) ให้บันทึกจาก Excel เป็น “CSV UTF-8” แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file {path} was not read: row {row}, column {column} holds {length} characters, and a cell may hold at most {limit}. Shorten it and import the file again.</source>
        <translation>ไม่ได้อ่านไฟล์ {path} เนื่องจากแถวที่ {row} คอลัมน์ {column} มีข้อความยาว {length} ตัวอักษร แต่หนึ่งช่องรับได้ไม่เกิน {limit} ตัวอักษร กรุณาตัดข้อความให้สั้นลงแล้วนำเข้าไฟล์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/sign_in_dialog.py" line="+94"/>
        <source>Sign in to VocDesk</source>
        <translation>เข้าสู่ระบบ VocDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the name and password an administrator gave you.</source>
        <translation>เข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านที่ได้รับจากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>ชื่อผู้ใช้(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
</context>
<context>
    <name>StakeholderCheck</name>
    <message>
        <location filename="../src/vocdesk/domain/registry.py" line="+69"/>
        <source>same national ID</source>
        <translation>เลขประจำตัวประชาชนเดียวกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone number</source>
        <translation>หมายเลขโทรศัพท์เดียวกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail</source>
        <translation>อีเมลเดียวกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very similar name</source>
        <translation>ชื่อคล้ายกันมาก</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The stakeholder was not saved:
{problems}</source>
        <translation>ยังไม่ได้บันทึกข้อมูล:
{problems}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too long: {length} characters, at most {limit}.</source>
        <translation>ยาวเกินไป: {length} ตัวอักษร ได้ไม่เกิน {limit}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the name.</source>
        <translation>กรุณากรอกชื่อ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{value}” is not an e-mail address (name@example.go.th).</source>
        <translation>“{value}” ไม่ใช่ที่อยู่อีเมล (เช่น name@example.go.th)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not one of the 77 provinces.</source>
        <translation>“{value}” ไม่ใช่ชื่อจังหวัดใน 77 จังหวัด</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the date the person gave consent.</source>
        <translation>กรุณากรอกวันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent date cannot be in the future.</source>
        <translation>วันที่ให้ความยินยอมต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to follow-up was recorded, but the lawful basis is not consent.</source>
        <translation>บันทึกว่ายินยอมให้ติดตามผล แต่ฐานทางกฎหมายไม่ใช่ความยินยอม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data cannot be kept until before the consent date.</source>
        <translation>วันที่เก็บข้อมูลถึงต้องไม่ก่อนวันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact every 1 to 60 months, or leave it empty: not {value}.</source>
        <translation>ติดต่อทุก 1 ถึง 60 เดือน หรือเว้นว่างไว้ ไม่ใช่ {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/registry/edit.py" line="+72"/>
        <source>%n existing record(s) look like this one; the first is {name}.</source>
        <translation>
            <numerusform>มีรายการในทะเบียนที่คล้ายกับรายการนี้ %n รายการ รายการแรกคือ {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+306"/>
        <source>{name} has %Ln history record(s) (feedback, complaints, responses or activities) and cannot be deleted. Archive the record instead.</source>
        <translation>
            <numerusform>{name} มีประวัติ %Ln รายการ (ข้อมูลป้อนกลับ เรื่องร้องเรียน คำตอบแบบสำรวจ หรือกิจกรรม) จึงลบไม่ได้ โปรดจัดเก็บเข้าคลังแทน</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A record cannot be merged with itself.</source>
        <translation>รวมรายการเข้ากับตัวเองไม่ได้</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The stakeholder no longer exists; it may have been merged or deleted.</source>
        <translation>ไม่พบรายการนี้แล้ว อาจถูกรวมหรือลบไปแล้ว</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The reference {value} already belongs to {name}.</source>
        <translation>รหัสอ้างอิง {value} เป็นของ {name} อยู่แล้ว</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+29"/>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="+38"/>
        <location line="+9"/>
        <source>Consent</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="+1"/>
        <source>Contract</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="+1"/>
        <source>Legal obligation</source>
        <translation>หน้าที่ตามกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="+3"/>
        <source>Public task</source>
        <translation>ภารกิจของรัฐ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="+1"/>
        <source>Legitimate interest</source>
        <translation>ประโยชน์โดยชอบด้วยกฎหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="+3"/>
        <source>Vital interest</source>
        <translation>ป้องกันอันตรายต่อชีวิต ร่างกาย หรือสุขภาพ</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/registry/duplicates_panel.py" line="+73"/>
        <source>[archived]</source>
        <translation>[จัดเก็บเข้าคลังแล้ว]</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/registry/stakeholder_form.py" line="+506"/>
        <source>New stakeholder</source>
        <translation>เพิ่มผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder: {name}</source>
        <translation>ข้อมูล: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>ข้อมูลทั่วไป</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>การติดต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data (PDPA)</source>
        <translation>ข้อมูลส่วนบุคคล (PDPA)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/registry/stakeholder_texts.py" line="-40"/>
        <source>Person or organisation</source>
        <translation>บุคคลหรือหน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name *</source>
        <translation>ชื่อ *(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisation</source>
        <translation>หน่วยงาน/องค์กร(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>ประเภท(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seg&amp;ment</source>
        <translation>กลุ่มผู้รับบริการ(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>สถานะ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;ID</source>
        <translation>เลขประจำตัวประชาชน(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference</source>
        <translation>รหัสอ้างอิง(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags (separate with ;)</source>
        <translation>แท็ก (คั่นด้วย ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>โทรศัพท์(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>โทรศัพท์ที่สอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>อีเมล(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;LINE ID</source>
        <translation>ไลน์ไอดี(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>ที่อยู่(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;vince</source>
        <translation>จังหวัด(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred &amp;channel</source>
        <translation>ช่องทางที่สะดวก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship officer</source>
        <translation>เจ้าหน้าที่ผู้ดูแลความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact every</source>
        <translation>ติดต่อทุก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful &amp;basis</source>
        <translation>ฐานทางกฎหมาย(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent date</source>
        <translation>วันที่ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>ระยะเวลาเก็บข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep data until</source>
        <translation>เก็บข้อมูลถึง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/registry/stakeholder_form.py" line="+2"/>
        <source>Consents</source>
        <translation>ความยินยอม</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agrees to follow-up contacts (e.g. satisfaction surveys)</source>
        <translation>ยินยอมให้ติดต่อติดตามผล (เช่น แบบสำรวจความพึงพอใจ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase the data after a set date</source>
        <translation>ลบข้อมูลเมื่อถึงวันที่กำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the segment&apos;s priority says</source>
        <translation>ตามระดับความสำคัญของกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> เดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>13 digits, e.g. 1-2345-67890-12-3</source>
        <translation>13 หลัก เช่น 1-2345-67890-12-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 081 234 5678</source>
        <translation>เช่น 081 234 5678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.go.th</source>
        <translation>name@example.go.th</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not given)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not recorded)</source>
        <translation>(ไม่ได้บันทึก)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Registered {date} · history: %Ln record(s)</source>
        <translation>
            <numerusform>ลงทะเบียน {date} · ประวัติ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/registry/duplicates_panel.py" line="+13"/>
        <source>Records like this one already exist. Open the existing record instead of creating a second one, or save anyway if this is a different person.</source>
        <translation>มีรายการที่คล้ายกันอยู่ในทะเบียนแล้ว เปิดรายการเดิมแทนการสร้างซ้ำ หรือบันทึกต่อหากเป็นคนละบุคคล</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open existing</source>
        <translation>เปิดรายการเดิม(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save anywa&amp;y</source>
        <translation>บันทึกต่อ(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/registry/stakeholder_form.py" line="-11"/>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>archived</source>
        <translation>จัดเก็บเข้าคลังแล้ว</translation>
    </message>
</context>
<context>
    <name>StakeholderImport</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/registry/transfer.py" line="+303"/>
        <source>%Ln row(s) matched records that were already up to date; they were left as they were.</source>
        <translation>
            <numerusform>มี %Ln แถวที่ตรงกับรายการซึ่งเป็นปัจจุบันอยู่แล้ว จึงไม่ได้แก้ไข</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderKind</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="-85"/>
        <location filename="../src/vocdesk/ui/labels.py" line="-52"/>
        <source>Service recipient</source>
        <extracomment>ผู้รับบริการ</extracomment>
        <translation>ผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Stakeholder</source>
        <extracomment>ผู้มีส่วนได้ส่วนเสีย</extracomment>
        <translation>ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Partner</source>
        <extracomment>ภาคีเครือข่าย</extracomment>
        <translation>ภาคีเครือข่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Comparator</source>
        <extracomment>คู่เทียบ</extracomment>
        <translation>คู่เทียบ</translation>
    </message>
</context>
<context>
    <name>StakeholderPickerModel</name>
    <message>
        <location filename="../src/vocdesk/ui/registry/stakeholders_model.py" line="+114"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
</context>
<context>
    <name>StakeholderProfile</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+85"/>
        <source>Feedback entries</source>
        <translation>ความคิดเห็นและข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>การตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile</source>
        <translation>ข้อมูลทั่วไป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{segment} (priority: {priority})</source>
        <translation>{segment} (ระดับความสำคัญ: {priority})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} (archived)</source>
        <translation>{status} (จัดเก็บแล้ว)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None set</source>
        <translation>ไม่ได้กำหนด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every {months} months (set for this record)</source>
        <translation>ทุก {months} เดือน (กำหนดเฉพาะรายนี้)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every {months} months (the segment priority&apos;s)</source>
        <translation>ทุก {months} เดือน (ตามระดับความสำคัญของกลุ่ม)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+244"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records of the organisation and its people</source>
        <translation>จำนวนระเบียนของหน่วยงานและบุคคลในสังกัด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LINE ID</source>
        <translation>ไลน์ไอดี</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred channel</source>
        <translation>ช่องทางที่สะดวก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship officer</source>
        <translation>เจ้าหน้าที่ผู้ดูแลความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact interval</source>
        <translation>รอบการติดต่อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawful basis (PDPA)</source>
        <translation>ฐานทางกฎหมาย (PDPA)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given on {date}</source>
        <translation>ให้ความยินยอมเมื่อ {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not given</source>
        <translation>ไม่ได้ให้ความยินยอม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to follow-up contacts</source>
        <translation>ความยินยอมให้ติดต่อติดตามผล</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data kept until</source>
        <translation>เก็บข้อมูลถึง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identifiers are masked and the address is left out, as the PDPA asks of printed lists; a report printed with personal data shown gives them whole.</source>
        <translation>ข้อมูลระบุตัวตนแสดงแบบปิดบังบางส่วนและไม่แสดงที่อยู่ ตามที่กฎหมายคุ้มครองข้อมูลส่วนบุคคลกำหนดสำหรับเอกสารที่พิมพ์ออก หากพิมพ์รายงานแบบแสดงข้อมูลส่วนบุคคลจะแสดงข้อมูลครบถ้วน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Needs and expectations of the segment</source>
        <translation>ความต้องการและความคาดหวังของกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The segment records no requirements or expectations.</source>
        <translation>กลุ่มผู้รับบริการนี้ยังไม่ได้บันทึกความต้องการหรือความคาดหวัง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requirements</source>
        <translation>ความต้องการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectations</source>
        <translation>ความคาดหวัง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Relationship indicators</source>
        <translation>ตัวชี้วัดความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As they stand on {today}; interactions counted over the 12 months from {since}.</source>
        <translation>ข้อมูล ณ วันที่ {today} นับการติดต่อในรอบ 12 เดือนตั้งแต่วันที่ {since}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members in touch in 12 months</source>
        <translation>สมาชิกที่มีการติดต่อในรอบ 12 เดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {members}</source>
        <translation>{count} จาก {members} ราย</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engagement level</source>
        <translation>ระดับความผูกพัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interactions in 12 months</source>
        <translation>จำนวนการติดต่อในรอบ 12 เดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints</source>
        <translation>เรื่องร้องเรียนที่ยังไม่ยุติ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>ยังไม่เคยติดต่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} ({days} days ago)</source>
        <translation>{date} ({days} วันที่แล้ว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>ติดต่อครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} (mean of {count} members&apos; last scores)</source>
        <translation>{percent} (ค่าเฉลี่ยคะแนนล่าสุดของสมาชิก {count} ราย)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members by engagement level</source>
        <translation>จำนวนสมาชิกตามระดับความผูกพัน</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last satisfaction score</source>
        <translation>คะแนนความพึงพอใจครั้งล่าสุด</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Satisfaction trend (oldest first)</source>
        <translation>แนวโน้มความพึงพอใจ (เรียงจากครั้งเก่าสุด)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To reach the next level: {needs}.</source>
        <translation>เพื่อให้ถึงระดับถัดไป: {needs}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the level is judged</source>
        <translation>เกณฑ์การพิจารณาระดับความผูกพัน</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interactions in 12 months by kind and channel</source>
        <translation>การติดต่อในรอบ 12 เดือน จำแนกตามประเภทและช่องทาง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No interaction in the last 12 months.</source>
        <translation>ไม่มีการติดต่อในรอบ 12 เดือนที่ผ่านมา</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No channel recorded</source>
        <translation>ไม่ได้บันทึกช่องทาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์ความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation&apos;s own record and the people recorded under its name, as the Timeline tab shows an organisation.</source>
        <translation>รวมรายการของหน่วยงานเองและของบุคคลที่บันทึกว่าสังกัดหน่วยงานนี้ เช่นเดียวกับที่แท็บไทม์ไลน์แสดงสำหรับหน่วยงาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is recorded for this stakeholder yet.</source>
        <translation>ยังไม่มีรายการที่บันทึกไว้สำหรับผู้รับบริการรายนี้</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The whole history, newest first: {total} items since {first}; {in_period} of them in the report&apos;s period ({period}).</source>
        <translation>ประวัติทั้งหมดเรียงจากล่าสุด จำนวน {total} รายการ ตั้งแต่วันที่ {first} ในจำนวนนี้อยู่ในช่วงเวลาของรายงาน ({period}) {in_period} รายการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the newest {shown} items are printed; the Timeline tab shows every one.</source>
        <translation>พิมพ์เฉพาะ {shown} รายการล่าสุด ดูรายการทั้งหมดได้ที่แท็บไทม์ไลน์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>สาระสำคัญ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stakeholder</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Confidential complaint {number}</source>
        <translation>เรื่องร้องเรียนลับ เลขที่ {number}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/reports/stakeholder.py" line="-20"/>
        <source>Stakeholder profile</source>
        <translation>ข้อมูลผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole history to {date}</source>
        <translation>ประวัติทั้งหมดถึงวันที่ {date}</translation>
    </message>
</context>
<context>
    <name>StakeholderStatus</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="-538"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+10"/>
        <source>Current</source>
        <extracomment>ปัจจุบัน</extracomment>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Potential</source>
        <extracomment>ในอนาคต (ผู้ที่อาจมารับบริการ)</extracomment>
        <translation>ที่มีศักยภาพ (ในอนาคต)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Former</source>
        <extracomment>ในอดีต</extracomment>
        <translation>ในอดีต</translation>
    </message>
</context>
<context>
    <name>StakeholdersModel</name>
    <message>
        <location filename="../src/vocdesk/ui/registry/stakeholders_model.py" line="-86"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive</source>
        <extracomment>PDPA s.26: a person whose record holds sensitive data (health, religion, criminal record)</extracomment>
        <translation>อ่อนไหว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitive personal data (PDPA section 26): notes shown only with the personal-data permission</source>
        <translation>ข้อมูลส่วนบุคคลที่มีความอ่อนไหว (มาตรา 26 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล): แสดงบันทึกเฉพาะผู้มีสิทธิ์ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>National ID</source>
        <extracomment>The national ID as lists show it under the PDPA: middle digits hidden (the header says so in its tooltip: &quot;(masked)&quot; in the title made the column wider than its numbers), whole while &quot;Show personal data&quot; is on</extracomment>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID, its middle digits hidden unless personal data is shown (PDPA)</source>
        <translation>เลขประจำตัวประชาชน ซ่อนตัวเลขกลางไว้ เว้นแต่เลือกแสดงข้อมูลส่วนบุคคล (PDPA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>ปรับปรุงล่าสุด</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <location filename="../src/vocdesk/ui/registry/tab.py" line="+204"/>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived</source>
        <translation>จัดเก็บเข้าคลังแล้ว</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Restore</source>
        <translation>นำกลับมาใช้(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Archive</source>
        <translation>จัดเก็บเข้าคลัง(&amp;A)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Delete stakeholder</source>
        <translation>ลบรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} for good? Only a record without any history can be deleted.</source>
        <translation>ลบ {name} อย่างถาวรหรือไม่ ลบได้เฉพาะรายการที่ไม่มีประวัติใด ๆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>ไม่ลบ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stakeholders</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search by name, organisation, segment, province, phone or ID number</source>
        <translation>ค้นหาตามชื่อ หน่วยงาน/องค์กร กลุ่มผู้รับบริการ จังหวัด โทรศัพท์ หรือเลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click a row or press Enter to open the record.</source>
        <translation>ดับเบิลคลิกหรือกด Enter เพื่อเปิดรายการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>เพิ่ม(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeline</source>
        <translation>ไทม์ไลน์ความสัมพันธ์(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New acti&amp;vity…</source>
        <translation>บันทึกกิจกรรม(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>รวมรายการ…(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Segments…</source>
        <translation>กลุ่มผู้รับบริการ…(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list…</source>
        <translation>รายชื่อผู้ติดต่อ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the people who may be contacted for a purpose (consent in force)</source>
        <translation>ส่งออกรายชื่อผู้ที่ติดต่อได้ตามวัตถุประสงค์ (ความยินยอมที่ยังไม่ถอน)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Se&amp;gment</source>
        <translation>กลุ่ม(&amp;G)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Kind</source>
        <translation>ประเภท(&amp;K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stat&amp;us</source>
        <translation>สถานะ(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priorit&amp;y</source>
        <translation>ความสำคัญ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Province</source>
        <translation>จังหวัด(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show personal data</source>
        <translation>แสดงข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show phones and national IDs whole. Each record shown is written to the audit trail; only users with the personal-data permission may.</source>
        <translation>แสดงโทรศัพท์และเลขประจำตัวประชาชนเต็ม ทุกรายการที่แสดงจะถูกบันทึกในประวัติการใช้งาน ใช้ได้เฉพาะผู้มีสิทธิ์ข้อมูลส่วนบุคคล</translation>
    </message>
</context>
<context>
    <name>SurveyAnalysis</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/analysis.py" line="+242"/>
        <source>There is no survey with the code {code}.</source>
        <translation>ไม่มีแบบสำรวจรหัส {code}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The survey no longer exists.</source>
        <translation>แบบสำรวจนี้ถูกลบไปแล้ว</translation>
    </message>
</context>
<context>
    <name>SurveyDesign</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/design.py" line="+118"/>
        <source>The dimension “{code}” was added to the catalogue; give it its Thai and English names there.</source>
        <translation>เพิ่มด้าน “{code}” ในรายการด้านแล้ว กรุณาตั้งชื่อภาษาไทยและภาษาอังกฤษที่รายการด้าน</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The survey is no longer in the database; another window may have deleted it.</source>
        <translation>ไม่พบแบบสำรวจนี้ในฐานข้อมูลแล้ว อาจถูกลบจากหน้าต่างอื่น</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>The survey “{code}” has %Ln response(s) and cannot be deleted.</source>
        <translation>
            <numerusform>แบบสำรวจ “{code}” มีผู้ตอบ %Ln ราย จึงลบไม่ได้</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The survey “{code}” led to improvement actions and cannot be deleted.</source>
        <translation>แบบสำรวจ “{code}” ถูกใช้เป็นที่มาของการปรับปรุง จึงลบไม่ได้</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{code}”: a dimension&apos;s code is one word of at most 40 letters, e.g. process.</source>
        <translation>“{code}”: รหัสด้านต้องเป็นคำเดียว ยาวไม่เกิน 40 ตัวอักษร เช่น process</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dimension code “{code}” is there twice.</source>
        <translation>รหัสด้าน “{code}” ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dimension “{code}” needs a name.</source>
        <translation>ด้าน “{code}” ต้องมีชื่อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dimension “{code}” is used by questions and cannot be deleted; make it inactive instead.</source>
        <translation>ด้าน “{code}” มีคำถามใช้อยู่ จึงลบไม่ได้ ให้เลิกใช้งานแทน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The dimensions were not saved:
{problems}</source>
        <translation>ไม่ได้บันทึกรายการด้าน:
{problems}</translation>
    </message>
</context>
<context>
    <name>SurveyDesignCheck</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/design_check.py" line="+44"/>
        <source>code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>ชื่อแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai title</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English title</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale points</source>
        <translation>จำนวนระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target sample</source>
        <translation>กลุ่มตัวอย่างเป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction target</source>
        <translation>เป้าหมายความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing date</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target segments</source>
        <translation>กลุ่มผู้รับบริการเป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>ข้อที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>ส่วน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai text</source>
        <translation>ข้อความภาษาไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimension</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>ชนิดคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>points</source>
        <translation>จำนวนระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no opinion</source>
        <translation>ไม่มีความเห็น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile field</source>
        <translation>ข้อมูลผู้ตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choices</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>ป้าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai label</source>
        <translation>ป้ายภาษาไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English label</source>
        <translation>ป้ายภาษาอังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Question “{code}”: {problem}</source>
        <translation>คำถาม “{code}”: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey, {field}: {problem}</source>
        <translation>แบบสำรวจ, {field}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question {position} (“{code}”), {field}: {problem}</source>
        <translation>คำถามลำดับที่ {position} (“{code}”), {field}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question {position} (“{code}”), choice {choice}, {field}: {problem}</source>
        <translation>คำถามลำดับที่ {position} (“{code}”), ตัวเลือกที่ {choice}, {field}: {problem}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The survey was not saved:
{problems}</source>
        <translation>ไม่ได้บันทึกแบบสำรวจ:
{problems}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>too long: {length} characters, at most {limit}.</source>
        <translation>ยาวเกินไป: {length} ตัวอักษร ได้ไม่เกิน {limit}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>enter a short code, e.g. SAT-2569.</source>
        <translation>กรุณาใส่รหัสสั้น ๆ เช่น SAT-2569</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{code}” has spaces; write it without, e.g. SAT-2569.</source>
        <translation>“{code}” มีช่องว่าง กรุณาเขียนโดยไม่เว้นวรรค เช่น SAT-2569</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another survey already has the code “{code}”.</source>
        <translation>มีแบบสำรวจอื่นใช้รหัส “{code}” แล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter the survey&apos;s title.</source>
        <translation>กรุณาใส่ชื่อแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{year} is not a fiscal year in the Buddhist Era (e.g. 2569).</source>
        <translation>{year} ไม่ใช่ปีงบประมาณแบบ พ.ศ. (เช่น 2569)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the round is 1 or more.</source>
        <translation>รอบต้องเป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the target sample is 1 or more, or left empty.</source>
        <translation>กลุ่มตัวอย่างเป้าหมายต้องเป็น 1 ขึ้นไป หรือเว้นว่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a percent above 0 and at most 100, or left empty.</source>
        <translation>ร้อยละมากกว่า 0 และไม่เกิน 100 หรือเว้นว่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the survey closes before it opens.</source>
        <translation>วันสิ้นสุดอยู่ก่อนวันเริ่มสำรวจ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a target segment is not in the registry.</source>
        <translation>มีกลุ่มผู้รับบริการเป้าหมายที่ไม่อยู่ในทะเบียน</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a rating scale has {low} to {high} points (4, 5 and 7 have worded labels), not {points}.</source>
        <translation>มาตรวัดต้องมี {low} ถึง {high} ระดับ (4, 5 และ 7 ระดับมีป้ายคำให้) ไม่ใช่ {points}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>every question needs a code (the response file&apos;s column heading).</source>
        <translation>ทุกคำถามต้องมีรหัส (ใช้เป็นหัวคอลัมน์ในไฟล์คำตอบ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question {first} has the same code.</source>
        <translation>ซ้ำกับรหัสของคำถามลำดับที่ {first}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enter the question&apos;s text.</source>
        <translation>กรุณาใส่ข้อความของคำถาม</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>say which profile field it asks (respondent kind, segment, sex, age band, education or occupation).</source>
        <translation>กรุณาระบุว่าถามข้อมูลผู้ตอบเรื่องใด (ประเภทผู้ตอบ กลุ่มผู้รับบริการ เพศ ช่วงอายุ การศึกษา หรืออาชีพ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>number and free-text questions take no choices.</source>
        <translation>คำถามแบบตัวเลขและแบบข้อความไม่มีตัวเลือก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a choice question needs its choices.</source>
        <translation>คำถามแบบเลือกตอบต้องมีตัวเลือก</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the value {value} is there twice.</source>
        <translation>ค่า {value} ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a level of this scale is 1 to {points}, not {value}.</source>
        <translation>ระดับของมาตรวัดนี้คือ 1 ถึง {points} ไม่ใช่ {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the choice&apos;s label.</source>
        <translation>กรุณาใส่ป้ายของตัวเลือก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only the answers of a “segment” profile question name a segment.</source>
        <translation>ระบุกลุ่มผู้รับบริการได้เฉพาะคำตอบของคำถามข้อมูลผู้ตอบเรื่อง “กลุ่มผู้รับบริการ”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the segment is not in the registry.</source>
        <translation>กลุ่มผู้รับบริการนี้ไม่อยู่ในทะเบียน</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the survey has responses, so this question cannot be removed; its answers would be lost.</source>
        <translation>แบบสำรวจมีผู้ตอบแล้ว จึงลบคำถามนี้ไม่ได้ คำตอบจะสูญหาย</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the survey has responses, so the type cannot change; add a new question instead.</source>
        <translation>แบบสำรวจมีผู้ตอบแล้ว จึงเปลี่ยนชนิดคำถามไม่ได้ ให้เพิ่มคำถามใหม่แทน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the survey has responses, so the scale cannot change from {old} to {new} points; add a new question instead.</source>
        <translation>แบบสำรวจมีผู้ตอบแล้ว จึงเปลี่ยนมาตรวัดจาก {old} เป็น {new} ระดับไม่ได้ ให้เพิ่มคำถามใหม่แทน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the survey has responses, so the profile field cannot change.</source>
        <translation>แบบสำรวจมีผู้ตอบแล้ว จึงเปลี่ยนเรื่องของข้อมูลผู้ตอบไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answers use the value(s) {values}; they cannot be removed or renumbered.</source>
        <translation>มีคำตอบใช้ค่า {values} อยู่ จึงลบหรือเปลี่ยนค่าไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>some answers are “no opinion”, so the question must keep offering it.</source>
        <translation>มีคำตอบ “ไม่มีความเห็น” อยู่ คำถามจึงต้องคงตัวเลือกนี้ไว้</translation>
    </message>
</context>
<context>
    <name>SurveyDesignDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/design_dialog.py" line="-161"/>
        <source>New survey</source>
        <translation>แบบสำรวจใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey design</source>
        <translation>ออกแบบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a template:</source>
        <translation>เริ่มจากแบบฟอร์มสำเร็จรูป:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use template</source>
        <translation>ใช้แบบฟอร์มนี้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (Thai)</source>
        <translation>ชื่อ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (English)</source>
        <translation>ชื่อ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>วิธีเก็บข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale points</source>
        <translation>จำนวนระดับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target sample</source>
        <translation>กลุ่มตัวอย่างเป้าหมาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. SAT-2569</source>
        <translation>เช่น SAT-2569</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpretation bands</source>
        <translation>เกณฑ์การแปลผล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction target (%)</source>
        <translation>เป้าหมายความพึงพอใจ (ร้อยละ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target segments</source>
        <translation>กลุ่มผู้รับบริการเป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This survey has responses ({count}): questions cannot be removed, nor their type, scale or answer values changed. Texts, labels and dimensions may change, and questions may be added.</source>
        <translation>แบบสำรวจนี้มีผู้ตอบแล้ว ({count} ราย): ลบคำถาม เปลี่ยนชนิด มาตรวัด หรือค่าคำตอบไม่ได้ แก้ไขข้อความ ป้าย และด้านได้ และเพิ่มคำถามได้</translation>
    </message>
</context>
<context>
    <name>SurveyDissatisfactionPage</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/dissatisfaction_page.py" line="+53"/>
        <source>Low answers (bottom two levels)</source>
        <translation>คำตอบระดับต่ำ (สองระดับล่างสุด)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied respondents</source>
        <translation>ผู้ตอบที่ไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments of dissatisfied respondents</source>
        <translation>ความคิดเห็นของผู้ตอบที่ไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowest score first</source>
        <translation>คะแนนต่ำสุดก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most dissatisfied first</source>
        <translation>ไม่พึงพอใจมากที่สุดก่อน</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Dissatisfaction</source>
        <translation>ความไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the survey results…</source>
        <translation>กำลังคำนวณผลการสำรวจ…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a survey in the list above.</source>
        <translation>เลือกแบบสำรวจจากรายการด้านบน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A low answer is one in the bottom two levels of its scale; a dissatisfied respondent gave at least one.</source>
        <translation>คำตอบระดับต่ำคือคำตอบในสองระดับล่างสุดของมาตรวัด ผู้ตอบที่ไม่พึงพอใจคือผู้ที่ให้คำตอบระดับต่ำอย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low answers (bottom two levels): {low} of {answers}</source>
        <translation>คำตอบระดับต่ำ (สองระดับล่างสุด): {low} จาก {answers} คำตอบ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dissatisfied respondents: {people} of {respondents}</source>
        <translation>ผู้ตอบที่ไม่พึงพอใจ: {people} จาก {respondents} คน</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dissatisfied</source>
        <translation>ไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of low answers by item (%)</source>
        <translation>ร้อยละของคำตอบระดับต่ำรายข้อ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Items</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What dissatisfied respondents wrote</source>
        <translation>ความคิดเห็นของผู้ตอบที่ไม่พึงพอใจ</translation>
    </message>
</context>
<context>
    <name>SurveyEntry</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/entry.py" line="+332"/>
        <source>This form is no longer in the database.</source>
        <translation>ไม่พบแบบสอบถามนี้ในฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A form is keyed in the first or the second pass, not pass {entry_pass}.</source>
        <translation>แบบสอบถามบันทึกได้เฉพาะครั้งที่ 1 หรือครั้งที่ 2 ไม่ใช่ครั้งที่ {entry_pass}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the form number printed or written on the paper form.</source>
        <translation>โปรดกรอกเลขที่แบบสอบถามที่พิมพ์หรือเขียนไว้บนกระดาษ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A form number has at most 40 characters.</source>
        <translation>เลขที่แบบสอบถามยาวได้ไม่เกิน 40 ตัวอักษร</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Form {number} has already been keyed in pass {entry_pass}. Check the number on the paper, or open that form to correct it.</source>
        <translation>แบบสอบถามเลขที่ {number} บันทึกไว้แล้วในการบันทึกครั้งที่ {entry_pass} โปรดตรวจเลขที่บนกระดาษ หรือเปิดแบบสอบถามนั้นเพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This survey is no longer in the database.</source>
        <translation>ไม่พบแบบสำรวจนี้ในฐานข้อมูลแล้ว</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An answer belongs to no question of this survey; reopen the survey.</source>
        <translation>มีคำตอบที่ไม่ตรงกับคำถามใดของแบบสำรวจนี้ โปรดเปิดแบบสำรวจใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Item {item} has no “no opinion” answer.</source>
        <translation>ข้อ {item} ไม่มีคำตอบ “ไม่มีความคิดเห็น”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item {item} has no answer {value}.</source>
        <translation>ข้อ {item} ไม่มีคำตอบ {value}</translation>
    </message>
</context>
<context>
    <name>SurveyEntryPage</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/entry_page.py" line="+147"/>
        <source>Data entry</source>
        <translation>บันทึกแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keying:</source>
        <translation>การบันทึก:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First keying (the data)</source>
        <translation>ครั้งที่ 1 (ข้อมูลหลัก)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second keying (for checking)</source>
        <translation>ครั้งที่ 2 (สำหรับตรวจทาน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form number:</source>
        <translation>เลขที่แบบสอบถาม:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to correct</source>
        <translation>เปิดเพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the form keyed under this number, to correct it</source>
        <translation>แสดงแบบสอบถามที่บันทึกไว้ด้วยเลขที่นี้ เพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save form (Ctrl+S)</source>
        <translation>บันทึกแบบสอบถาม (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys: a digit answers and moves on · 0 or - = no opinion (where offered) · Backspace = clear, or back · ↑ ↓ move · Enter moves on, and on the note saves the form</source>
        <translation>แป้นพิมพ์: กดตัวเลขเพื่อตอบและไปข้อถัดไป · 0 หรือ - = ไม่มีความคิดเห็น (ถ้าข้อนั้นมี) · Backspace = ลบคำตอบ หรือย้อนกลับ · ↑ ↓ เลื่อนข้อ · Enter ไปข้อถัดไป และที่ช่องหมายเหตุจะบันทึกแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>a number, then Enter</source>
        <translation>ตัวเลข แล้วกด Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text, then Enter</source>
        <translation>ข้อความ แล้วกด Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the digits of every answer ticked, then Enter</source>
        <translation>ตัวเลขของทุกคำตอบที่เลือก แล้วกด Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key} = no opinion</source>
        <translation>{key} = ไม่มีความคิดเห็น</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no opinion / not applicable</source>
        <translation>ไม่มีความคิดเห็น / ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Item {item} takes {answers}.</source>
        <translation>ข้อ {item} ตอบได้: {answers}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a survey to key its paper forms.</source>
        <translation>เลือกแบบสำรวจเพื่อบันทึกแบบสอบถามกระดาษ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forms keyed in this pass: {count}</source>
        <translation>บันทึกครั้งนี้แล้ว: {count} ชุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last saved: form {number}</source>
        <translation>บันทึกล่าสุด: เลขที่ {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form {number} saved.</source>
        <translation>บันทึกแบบสอบถามเลขที่ {number} แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correcting form {number}</source>
        <translation>กำลังแก้ไขเลขที่ {number}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No form {number} has been keyed in this pass.</source>
        <translation>ยังไม่มีแบบสอบถามเลขที่ {number} ในการบันทึกครั้งนี้</translation>
    </message>
</context>
<context>
    <name>SurveyGapsModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/results_models.py" line="-90"/>
        <source>Improve first</source>
        <translation>ควรปรับปรุงก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceeds expectations</source>
        <translation>เกินความคาดหวัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below expectations</source>
        <translation>ต่ำกว่าความคาดหวัง</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Item</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importance</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>ช่องว่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>การแปลผล</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean importance</source>
        <translation>ค่าเฉลี่ยความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean satisfaction</source>
        <translation>ค่าเฉลี่ยความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance minus satisfaction: above 0, the item satisfies less than it matters</source>
        <translation>ความสำคัญลบความพึงพอใจ: มากกว่า 0 แปลว่าพึงพอใจน้อยกว่าที่ให้ความสำคัญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improve first: matters more and satisfies less than the items on average. Exceeds expectations: satisfaction at least as high as importance</source>
        <translation>ควรปรับปรุงก่อน: สำคัญมากกว่าและพึงพอใจน้อยกว่าค่าเฉลี่ยของทุกข้อ  เกินความคาดหวัง: ความพึงพอใจไม่น้อยกว่าความสำคัญ</translation>
    </message>
</context>
<context>
    <name>SurveyKind</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+15"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+36"/>
        <source>Satisfaction</source>
        <extracomment>ความพึงพอใจ</extracomment>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Engagement</source>
        <extracomment>ความผูกพัน</extracomment>
        <translation>ความผูกพัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Dissatisfaction</source>
        <extracomment>ความไม่พึงพอใจ</extracomment>
        <translation>ความไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/labels.py" line="+2"/>
        <source>Other</source>
        <extracomment>อื่น ๆ</extracomment>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>SurveyMethod</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+4"/>
        <source>Paper form</source>
        <extracomment>แบบสอบถามกระดาษ</extracomment>
        <translation>แบบสอบถามกระดาษ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Face to face</source>
        <extracomment>สัมภาษณ์แบบพบหน้า</extracomment>
        <translation>สัมภาษณ์แบบพบหน้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone</source>
        <extracomment>ทางโทรศัพท์</extracomment>
        <translation>ทางโทรศัพท์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <extracomment>ออนไลน์</extracomment>
        <translation>ออนไลน์</translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <location filename="../src/vocdesk/services/reports/survey.py" line="-25"/>
        <source>Survey results: {code}</source>
        <translation>ผลการสำรวจ: {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fiscal year {year}, round {round}</source>
        <translation>ปีงบประมาณ {year} รอบที่ {round}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/reports/survey_report.py" line="+158"/>
        <source>Contents</source>
        <translation>สารบัญ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Survey {code}, fiscal year {year}, round {round}.</source>
        <translation>แบบสำรวจ {code} ปีงบประมาณ {year} รอบที่ {round}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No forms of this survey have been keyed or imported yet.</source>
        <translation>ยังไม่มีการบันทึกหรือนำเข้าแบบสอบถามของการสำรวจนี้</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{forms} forms were analysed. Overall the mean is {mean} of {points} ({percent}), at the level “{band}”.</source>
        <translation>วิเคราะห์แบบสอบถามจำนวน {forms} ฉบับ ภาพรวมมีค่าเฉลี่ย {mean} จาก {points} คะแนน ({percent}) อยู่ในระดับ “{band}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The target of {target} was met.</source>
        <translation>บรรลุค่าเป้าหมาย {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target of {target} was not met.</source>
        <translation>ไม่บรรลุค่าเป้าหมาย {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target is {target}.</source>
        <translation>ค่าเป้าหมาย {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engagement index (the mean percent score of the engagement items): {value}.</source>
        <translation>ดัชนีความผูกพัน (ค่าเฉลี่ยคะแนนร้อยละของข้อคำถามด้านความผูกพัน): {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+70"/>
        <location line="+126"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+64"/>
        <location line="+188"/>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Interpretation of the mean ({points}-point scale):</source>
        <translation>เกณฑ์การแปลความหมายค่าเฉลี่ย (มาตราส่วน {points} ระดับ):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Results of all respondents</source>
        <translation>ผลการสำรวจของผู้ตอบทั้งหมด</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+321"/>
        <source>There are no answers yet.</source>
        <translation>ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>n: answers counted (no answer and “no opinion” left out). S.D. is the sample standard deviation (n − 1). Percent: mean ÷ points × 100.</source>
        <translation>n คือจำนวนคำตอบที่นำมาคำนวณ (ไม่รวมข้อที่ไม่ตอบและ “ไม่มีความเห็น”) S.D. คือส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (n − 1) ร้อยละ คือ ค่าเฉลี่ย ÷ จำนวนระดับ × 100</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+204"/>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Percent score by dimension</source>
        <translation>คะแนนร้อยละรายด้าน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>ประเด็น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S.D.</source>
        <translation>S.D.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+187"/>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>By segment</source>
        <translation>จำแนกตามกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No response is placed in a segment.</source>
        <translation>ไม่มีแบบสอบถามที่ระบุกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{segment} ({forms} forms)</source>
        <translation>{segment} ({forms} ฉบับ)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fewer than two segments have answers: there is nothing to compare.</source>
        <translation>มีคำตอบน้อยกว่าสองกลุ่ม จึงไม่มีการเปรียบเทียบระหว่างกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>less than {p}</source>
        <translation>น้อยกว่า {p}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{test} test of the respondents&apos; mean ratings across {groups} segments ({n} respondents): H = {h}, df = {df}, p = {p}.</source>
        <translation>การทดสอบ {test} ของค่าเฉลี่ยคะแนนของผู้ตอบระหว่าง {groups} กลุ่ม (ผู้ตอบ {n} คน): H = {h}, df = {df}, p = {p}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The segments really differ (significant at the 0.05 level).</source>
        <translation>กลุ่มผู้รับบริการมีความแตกต่างกันอย่างมีนัยสำคัญทางสถิติที่ระดับ 0.05</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The differences between segments may well be chance (not significant at the 0.05 level).</source>
        <translation>ความแตกต่างระหว่างกลุ่มอาจเกิดจากความบังเอิญ (ไม่มีนัยสำคัญทางสถิติที่ระดับ 0.05)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comparison with other agencies</source>
        <translation>การเปรียบเทียบกับหน่วยงานอื่น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No comparator&apos;s results have been entered for this survey.</source>
        <translation>ยังไม่ได้บันทึกผลของหน่วยงานเปรียบเทียบสำหรับการสำรวจนี้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Percent scores; in brackets our score minus theirs, in percentage points (positive: we score higher).</source>
        <translation>คะแนนร้อยละ ตัวเลขในวงเล็บคือคะแนนของหน่วยงานลบด้วยคะแนนของหน่วยงานเปรียบเทียบ (ค่าบวก: หน่วยงานได้คะแนนสูงกว่า)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ours ({year})</source>
        <translation>หน่วยงาน ({year})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Over the rounds</source>
        <translation>แนวโน้มรายรอบการสำรวจ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is the first round of this kind of survey: no trend yet.</source>
        <translation>การสำรวจนี้เป็นรอบแรกของการสำรวจประเภทนี้ จึงยังไม่มีแนวโน้ม</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms</source>
        <translation>จำนวนแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Overall percent score per round</source>
        <translation>คะแนนร้อยละภาพรวมแต่ละรอบ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Net Promoter Score (NPS)</source>
        <translation>ค่าความพร้อมแนะนำต่อ (NPS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This survey asks no 0–10 “would you recommend” question.</source>
        <translation>การสำรวจนี้ไม่มีข้อคำถาม “ท่านจะแนะนำหรือไม่” แบบคะแนน 0–10</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All respondents</source>
        <translation>ผู้ตอบทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondents</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoters (9–10)</source>
        <translation>ผู้สนับสนุน (9–10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passives (7–8)</source>
        <translation>ผู้เฉย ๆ (7–8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detractors (0–6)</source>
        <translation>ผู้ไม่สนับสนุน (0–6)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dissatisfaction</source>
        <translation>ความไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{low} of the answers were in the bottom two levels. {people} of {respondents} respondents ({share}) gave at least one such answer.</source>
        <translation>คำตอบร้อยละ {low} อยู่ในสองระดับต่ำสุด ผู้ตอบ {people} คนจาก {respondents} คน ({share}) ให้คำตอบเช่นนี้อย่างน้อยหนึ่งข้อ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comments of dissatisfied respondents</source>
        <translation>ข้อคิดเห็นของผู้ตอบที่ไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No dissatisfied respondent wrote a comment.</source>
        <translation>ไม่มีผู้ตอบที่ไม่พึงพอใจเขียนข้อคิดเห็น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their mean</source>
        <translation>ค่าเฉลี่ยของผู้ตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>ข้อคิดเห็น</translation>
    </message>
</context>
<context>
    <name>SurveyResultsPage</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/results_page.py" line="+71"/>
        <source>Forms analysed</source>
        <translation>จำนวนแบบสอบถามที่วิเคราะห์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score</source>
        <translation>คะแนนภาพรวม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied (top two levels)</source>
        <translation>พึงพอใจ (สองระดับบนสุด)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score (NPS)</source>
        <translation>ค่า NPS (Net Promoter Score)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+367"/>
        <source>Engagement index</source>
        <translation>ดัชนีความผูกพัน</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Fewer than two segments have answers: there is nothing to compare.</source>
        <translation>มีคำตอบจากกลุ่มผู้รับบริการไม่ถึงสองกลุ่ม จึงไม่มีสิ่งที่จะเปรียบเทียบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>less than {p}</source>
        <translation>น้อยกว่า {p}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{test} test of the respondents&apos; mean ratings across {groups} segments ({n} respondents): p = {p}.</source>
        <translation>ทดสอบด้วย {test} เปรียบเทียบค่าเฉลี่ยคะแนนของผู้ตอบระหว่างกลุ่มผู้รับบริการ {groups} กลุ่ม (ผู้ตอบ {n} คน): ค่า p = {p}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The segments really differ: a difference this large would arise by chance less than 5 times in 100 (significant at the 0.05 level).</source>
        <translation>กลุ่มผู้รับบริการมีความพึงพอใจแตกต่างกันจริง ความแตกต่างขนาดนี้จะเกิดขึ้นโดยบังเอิญน้อยกว่า 5 ครั้งใน 100 ครั้ง (มีนัยสำคัญทางสถิติที่ระดับ 0.05)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The differences between segments may well be chance (not significant at the 0.05 level): treat the segments as alike.</source>
        <translation>ความแตกต่างระหว่างกลุ่มอาจเกิดจากความบังเอิญ (ไม่มีนัยสำคัญทางสถิติที่ระดับ 0.05) ถือได้ว่าทุกกลุ่มพึงพอใจไม่แตกต่างกัน</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Results</source>
        <translation>ผลการสำรวจ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Computing the results…</source>
        <translation>กำลังคำนวณผลการสำรวจ…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing the survey results…</source>
        <translation>กำลังคำนวณผลการสำรวจ…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+99"/>
        <location line="+11"/>
        <source>All respondents</source>
        <translation>ผู้ตอบทั้งหมด</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Choose a survey in the list above.</source>
        <translation>เลือกแบบสำรวจจากรายการด้านบน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No forms have been entered or imported yet.</source>
        <translation>ยังไม่มีการบันทึกหรือนำเข้าแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S.D. is the sample standard deviation (n − 1).</source>
        <translation>S.D. คือส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (หารด้วย n − 1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overall score (mean {mean}, {band})</source>
        <translation>คะแนนภาพรวม (ค่าเฉลี่ย {mean} ระดับ{band})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no score yet</source>
        <translation>ยังไม่มีคะแนน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} — {verdict}</source>
        <translation>{target} — {verdict}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Percent score by dimension</source>
        <translation>คะแนนร้อยละรายด้าน</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The mean percent score of the engagement items</source>
        <translation>ค่าเฉลี่ยคะแนนร้อยละของข้อคำถามด้านความผูกพัน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NPS {code}</source>
        <translation>NPS {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score: % promoters (9–10) − % detractors (0–6)</source>
        <translation>ค่า NPS: ร้อยละผู้สนับสนุน (9–10) − ร้อยละผู้ไม่สนับสนุน (0–6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Improve first: items that matter more and satisfy less than the items on average. Exceeds expectations: satisfaction at least as high as importance.</source>
        <translation>ควรปรับปรุงก่อน: ข้อที่มีความสำคัญมากกว่าและพึงพอใจน้อยกว่าค่าเฉลี่ยของทุกข้อ  เกินความคาดหวัง: ความพึงพอใจไม่น้อยกว่าความสำคัญ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This survey asks no importance questions, so there are no gaps.</source>
        <translation>แบบสำรวจนี้ไม่มีคำถามระดับความสำคัญ จึงไม่มีช่องว่างระหว่างความสำคัญกับความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overall percent score per fiscal year (target {target})</source>
        <translation>คะแนนร้อยละภาพรวมรายปีงบประมาณ (ค่าเป้าหมาย {target})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall percent score per fiscal year</source>
        <translation>คะแนนร้อยละภาพรวมรายปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Over the years</source>
        <translation>แนวโน้มรายปี</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Respondents</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the segments on</source>
        <translation>เปรียบเทียบกลุ่มผู้รับบริการในเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>กลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance and satisfaction</source>
        <translation>ความสำคัญและความพึงพอใจ</translation>
    </message>
</context>
<context>
    <name>SurveyScoresModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/results_models.py" line="-210"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers counted: no answer and “no opinion” are left out</source>
        <translation>จำนวนคำตอบที่นับ (ไม่นับข้อที่ไม่ตอบและ “ไม่มีความเห็น”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score on the scale (1 = lowest)</source>
        <translation>ค่าเฉลี่ยคะแนนตามมาตรวัด (1 = ต่ำสุด)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S.D.</source>
        <translation>S.D.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample standard deviation (divided by n − 1)</source>
        <translation>ส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (หารด้วย n − 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent score: mean ÷ points × 100</source>
        <translation>คะแนนร้อยละ: ค่าเฉลี่ย ÷ จำนวนระดับ × 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level the mean reads as (interpretation band)</source>
        <translation>ระดับความพึงพอใจตามเกณฑ์การแปลผลค่าเฉลี่ย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfied</source>
        <translation>พึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of answers in the top two levels</source>
        <translation>ร้อยละของคำตอบในสองระดับบนสุด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissatisfied</source>
        <translation>ไม่พึงพอใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of answers in the bottom two levels</source>
        <translation>ร้อยละของคำตอบในสองระดับล่างสุด</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Item</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item, dimension or the survey overall</source>
        <translation>ข้อคำถาม รายด้าน หรือภาพรวมของแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Forms</source>
        <translation>แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forms returned by these respondents</source>
        <translation>จำนวนแบบสอบถามที่ได้รับจากผู้ตอบกลุ่มนี้</translation>
    </message>
</context>
<context>
    <name>SurveySegmentsModel</name>
    <message>
        <location line="-35"/>
        <source>Respondents</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All respondents</source>
        <translation>ผู้ตอบทั้งหมด</translation>
    </message>
</context>
<context>
    <name>SurveyStructure</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/structure_file.py" line="+109"/>
        <source>Sheet “{sheet}”: {problem}</source>
        <translation>ชีต “{sheet}”: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet “{sheet}”, row {row}: {problem}</source>
        <translation>ชีต “{sheet}” แถว {row}: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet “{sheet}”, row {row}, column {column}: {problem}</source>
        <translation>ชีต “{sheet}” แถว {row} คอลัมน์ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} is not an Excel workbook (.xlsx); a questionnaire has three sheets: survey, questions and choices.</source>
        <translation>{path} ไม่ใช่ไฟล์ Excel (.xlsx) แบบสอบถามต้องมีสามชีต: survey, questions และ choices</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the workbook has no sheet “{sheet}”.</source>
        <translation>ไฟล์ไม่มีชีต “{sheet}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no column “{header}” (or “{header_th}”).</source>
        <translation>ไม่มีคอลัมน์ “{header}” (หรือ “{header_th}”)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the sheet has a heading row but no data rows.</source>
        <translation>ชีตมีแถวหัวคอลัมน์แต่ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the sheet holds one survey: one row under the headings.</source>
        <translation>ชีตนี้เก็บแบบสำรวจเดียว: มีหนึ่งแถวใต้หัวคอลัมน์</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there is no question “{code}” in the sheet “questions”.</source>
        <translation>ไม่มีคำถาม “{code}” ในชีต “questions”</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>there is no segment with the code “{code}”; the registry has: {codes}.</source>
        <translation>ไม่มีกลุ่มผู้รับบริการรหัส “{code}” ในทะเบียนมี: {codes}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>There is no survey with the code “{code}”.</source>
        <translation>ไม่มีแบบสำรวจรหัส “{code}”</translation>
    </message>
</context>
<context>
    <name>SurveyTemplates</name>
    <message>
        <location filename="../src/vocdesk/services/surveys/templates.py" line="+58"/>
        <source>There is no survey template “{key}”.</source>
        <translation>ไม่มีแบบฟอร์มสำรวจสำเร็จรูป “{key}”</translation>
    </message>
</context>
<context>
    <name>SurveyTrendModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/results_models.py" line="+195"/>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{code}: %Ln form(s)</source>
        <translation>
            <numerusform>{code}: แบบสอบถาม %Ln ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
</context>
<context>
    <name>SurveysModel</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/rounds_model.py" line="+42"/>
        <source>Title</source>
        <translation>ชื่อแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>met</source>
        <translation>บรรลุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not met</source>
        <translation>ไม่บรรลุ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target} — {verdict}</source>
        <translation>{target} — {verdict}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Questions</source>
        <translation>จำนวนข้อคำถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses</source>
        <translation>จำนวนผู้ตอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean score</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <location filename="../src/vocdesk/ui/surveys/tab.py" line="+367"/>
        <source>Choose a survey in the list above.</source>
        <translation>เลือกแบบสำรวจจากรายการด้านบน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} — {title}</source>
        <translation>{code} — {title}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The survey design was saved.</source>
        <translation>บันทึกการออกแบบแบบสำรวจแล้ว</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import a questionnaire</source>
        <translation>นำเข้าแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+37"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Importing the questionnaire…</source>
        <translation>กำลังนำเข้าแบบสอบถาม…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the questionnaire</source>
        <translation>ส่งออกแบบสอบถาม</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting the questionnaire…</source>
        <translation>กำลังส่งออกแบบสอบถาม…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the survey results</source>
        <translation>ส่งออกผลการสำรวจ</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>Questionnaire {code} imported: %n question(s).</source>
        <translation>
            <numerusform>นำเข้าแบบสอบถาม {code} แล้ว: ข้อคำถาม %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Questionnaire {code} written to {path} (%n question(s)).</source>
        <translation>
            <numerusform>บันทึกแบบสอบถาม {code} ไปยัง {path} แล้ว (ข้อคำถาม %n ข้อ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Results of {code} written to {path} (%Ln row(s)).</source>
        <translation>
            <numerusform>บันทึกผลของ {code} ไปยัง {path} แล้ว (%Ln แถว)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting the survey results…</source>
        <translation>กำลังส่งออกผลการสำรวจ…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Surveys</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by code or title</source>
        <translation>ค้นหาด้วยรหัสหรือชื่อแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New survey…</source>
        <translation>สร้างแบบสำรวจใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design a new survey (Ctrl+Shift+N)</source>
        <translation>ออกแบบแบบสำรวจใหม่ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit design…</source>
        <translation>แก้ไขการออกแบบ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions and settings of the chosen survey (F2)</source>
        <translation>ข้อคำถามและการตั้งค่าของแบบสำรวจที่เลือก (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions…</source>
        <translation>ด้านของแบบสำรวจ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire file</source>
        <translation>ไฟล์แบบสอบถาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import questionnaire…</source>
        <translation>นำเข้าแบบสอบถาม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export questionnaire…</source>
        <translation>ส่งออกแบบสอบถาม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import responses…</source>
        <translation>นำเข้าคำตอบ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses from a CSV or Excel file, e.g. an online form (Ctrl+Shift+I)</source>
        <translation>คำตอบจากไฟล์ CSV หรือ Excel เช่น จากแบบฟอร์มออนไลน์ (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export results…</source>
        <translation>ส่งออกผลการสำรวจ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores per item, dimension and overall, for all respondents and each segment, to a CSV or Excel file (Ctrl+Shift+E)</source>
        <translation>คะแนนรายข้อ รายด้าน และภาพรวม ของผู้ตอบทั้งหมดและแต่ละกลุ่มผู้รับบริการ ลงในไฟล์ CSV หรือ Excel (Ctrl+Shift+E)</translation>
    </message>
</context>
<context>
    <name>TableCheck</name>
    <message>
        <location filename="../src/vocdesk/io/table_spec.py" line="+89"/>
        <source>Row {row}: {problem}</source>
        <translation>แถว {row}: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: {problem}</source>
        <translation>แถว {row} คอลัมน์ {column}: {problem}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>there is no column “{header}” (or “{header_th}”).</source>
        <translation>ไม่มีคอลัมน์ “{header}” (หรือ “{header_th}”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has a heading row but no data rows.</source>
        <translation>ไฟล์มีแถวหัวคอลัมน์ แต่ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“{header}” is required.</source>
        <translation>ต้องกรอก “{header}”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this value was masked by an export; import a file exported with personal data unmasked.</source>
        <translation>ค่านี้ถูกปิดบังโดยการส่งออก นำเข้าแฟ้มที่ส่งออกแบบไม่ปิดบังข้อมูลส่วนบุคคลแทน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the heading “{heading}” repeats column {first} (“{first_heading}”): only one column may hold “{header}”. Remove or rename one of them.</source>
        <translation>หัวคอลัมน์ “{heading}” ซ้ำกับคอลัมน์ {first} (“{first_heading}”) ข้อมูล “{header}” ต้องมีเพียงคอลัมน์เดียว กรุณาลบหรือเปลี่ยนชื่อคอลัมน์ใดคอลัมน์หนึ่ง</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>… and one more problem.</source>
        <translation>… และปัญหาอื่นอีก 1 รายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and {count} more problems.</source>
        <translation>… และปัญหาอื่นอีก {count} รายการ</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Nothing was imported: {path} has one problem. Correct it and import the whole file again.
{problems}</source>
        <translation>ยังไม่ได้นำเข้าข้อมูลใด ๆ: ไฟล์ {path} มีปัญหา 1 รายการ ให้แก้ไขแล้วนำเข้าทั้งไฟล์อีกครั้ง
{problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported: {path} has {count} problems. Correct them and import the whole file again.
{problems}</source>
        <translation>ยังไม่ได้นำเข้าข้อมูลใด ๆ: ไฟล์ {path} มีปัญหา {count} รายการ ให้แก้ไขแล้วนำเข้าทั้งไฟล์อีกครั้ง
{problems}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/holidays.py" line="+114"/>
        <source>{value} is already listed on row {first_row}.</source>
        <translation>{value} มีอยู่แล้วในแถว {first_row}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/listening/transfer.py" line="-55"/>
        <location filename="../src/vocdesk/services/registry/transfer.py" line="-206"/>
        <location filename="../src/vocdesk/services/relationships/activity_transfer.py" line="+79"/>
        <source>the id {value} is already on row {first_row}.</source>
        <translation>รหัส {value} ซ้ำกับแถว {first_row}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the reference “{value}” is already on row {first_row}.</source>
        <translation>เลขอ้างอิง “{value}” ซ้ำกับแถว {first_row}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/registry/transfer.py" line="+4"/>
        <source>the reference {value} is also on row {first_row}.</source>
        <translation>รหัสอ้างอิง {value} ซ้ำกับแถวที่ {first_row}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the national ID {value} is also on row {first_row}.</source>
        <translation>เลขประจำตัวประชาชน {value} ซ้ำกับแถวที่ {first_row}</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/complaints/importer.py" line="-426"/>
        <location filename="../src/vocdesk/services/listening/transfer.py" line="+32"/>
        <location filename="../src/vocdesk/services/registry/transfer.py" line="+22"/>
        <location filename="../src/vocdesk/services/relationships/activity_transfer.py" line="+20"/>
        <location filename="../src/vocdesk/services/surveys/responses_import.py" line="-104"/>
        <source>this row would bring back the data of a person who was anonymised; take it out of the file.</source>
        <translation>แถวนี้จะนำข้อมูลของบุคคลที่ถูกทำให้ไม่สามารถระบุตัวบุคคลได้แล้วกลับคืนมา กรุณานำแถวนี้ออกจากไฟล์</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/registry/transfer.py" line="+12"/>
        <source>there is no segment “{value}” in the catalogue.</source>
        <translation>ไม่มีกลุ่มผู้รับบริการ “{value}” ในรายการกลุ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no channel “{value}” in the catalogue.</source>
        <translation>ไม่มีช่องทาง “{value}” ในรายการช่องทาง</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the reference {value} belongs to another record than the one this row updates.</source>
        <translation>รหัสอ้างอิง {value} เป็นของรายการอื่น ไม่ใช่รายการที่แถวนี้แก้ไข</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row and row {first_row} update the same record.</source>
        <translation>แถวนี้และแถวที่ {first_row} แก้ไขรายการเดียวกัน</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/surveys/responses_import.py" line="-5"/>
        <source>form number {value} is also in row {first_row}.</source>
        <translation>เลขที่แบบสอบถาม {value} ซ้ำกับแถว {first_row}</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../src/vocdesk/io/table_file.py" line="+255"/>
        <source>The table has {count} rows, more than an Excel sheet can hold. Search to show fewer rows, or export as CSV.</source>
        <translation>ตารางนี้มี {count} แถว มากกว่าที่แผ่นงาน Excel จะรองรับได้ กรุณาค้นหาเพื่อลดจำนวนแถว หรือส่งออกเป็น CSV</translation>
    </message>
    <message>
        <location line="-154"/>
        <location filename="../src/vocdesk/services/surveys/structure_file.py" line="+9"/>
        <source>The file {path} could not be written: {reason}</source>
        <translation>ไม่สามารถบันทึกไฟล์ {path} ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/vocdesk/ui/tasks.py" line="+318"/>
        <source>Working</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../src/vocdesk/reports/stakeholder_profile.py" line="+45"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+44"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="-4"/>
        <source>Feedback</source>
        <translation>ข้อมูลป้อนกลับ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="-1"/>
        <source>Registry</source>
        <translation>ทะเบียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+2"/>
        <source>Complaint</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+1"/>
        <source>Complaint status</source>
        <translation>สถานะเรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+1"/>
        <source>Survey response</source>
        <translation>การตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+2"/>
        <source>Reminder</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+13"/>
        <source>Record created</source>
        <translation>สร้างระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+1"/>
        <source>Records merged</source>
        <translation>รวมระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+1"/>
        <source>Archived</source>
        <translation>จัดเก็บเข้าคลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+1"/>
        <source>Restored from the archive</source>
        <translation>นำกลับจากคลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+1"/>
        <source>Segment changed</source>
        <translation>เปลี่ยนกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+471"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+40"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+2"/>
        <location line="+2"/>
        <source>no segment</source>
        <translation>ไม่ระบุกลุ่ม</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+3"/>
        <source>Merged with {name}</source>
        <translation>รวมกับ {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+5"/>
        <source>{summary} (taking part)</source>
        <translation>{summary} (ร่วมกิจกรรม)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/ui/relationships/timeline_model.py" line="+11"/>
        <source>from {status}</source>
        <translation>จาก {status}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type or status</source>
        <translation>ประเภทหรือสถานะ</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>(sensitive personal data)</source>
        <translation>(ข้อมูลส่วนบุคคลที่มีความอ่อนไหว)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../src/vocdesk/ui/relationships/tab.py" line="+508"/>
        <source>There are no segments yet.</source>
        <translation>ยังไม่มีกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a person or organisation on the left.</source>
        <translation>เลือกบุคคลหรือหน่วยงาน/องค์กรทางด้านซ้าย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of the segment {name}</source>
        <translation>ไทม์ไลน์ความสัมพันธ์ของกลุ่ม {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timeline of the organisation {name}</source>
        <translation>ไทม์ไลน์ความสัมพันธ์ของหน่วยงาน {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline of {name} ({organisation})</source>
        <translation>ไทม์ไลน์ความสัมพันธ์ของ {name} ({organisation})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline of {name}</source>
        <translation>ไทม์ไลน์ความสัมพันธ์ของ {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kinds: {chosen} of {count}</source>
        <translation>ประเภท: {chosen} จาก {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+43"/>
        <source>Timeline</source>
        <translation>ไทม์ไลน์ความสัมพันธ์</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Show the history of</source>
        <translation>แสดงประวัติ&amp;ของ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One stakeholder</source>
        <translation>ผู้รับบริการ/ผู้มีส่วนได้ส่วนเสียรายเดียว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stakeholder&apos;s organisation</source>
        <translation>ทั้งหน่วยงานของผู้ที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole segment</source>
        <translation>ทั้งกลุ่มผู้รับบริการ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Which kinds of item the timeline shows</source>
        <translation>ประเภทรายการที่แสดงในไทม์ไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in</source>
        <translation>เฉพาะช่วง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>New activity…</source>
        <translation>บันทึกกิจกรรมใหม่…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a person or organisation</source>
        <translation>ค้นหาบุคคลหรือหน่วยงาน/องค์กร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search this timeline</source>
        <translation>ค้นหาในไทม์ไลน์นี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/account_dialogs.py" line="+103"/>
        <source>Save the token</source>
        <translation>บันทึกโทเค็น</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token for {login}</source>
        <translation>โทเค็นของ {login}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This token is shown only now: VocDesk keeps only a fingerprint of it. Save it to a file that only the account that runs the script can read, or copy it. Whoever holds it can sign in as {login}.</source>
        <translation>โทเค็นนี้แสดงเพียงครั้งนี้เท่านั้น VocDesk เก็บไว้เพียงลายนิ้วมือของโทเค็น กรุณาบันทึกลงไฟล์ที่เฉพาะบัญชีที่เรียกใช้สคริปต์อ่านได้ หรือคัดลอกไว้ ผู้ใดถือโทเค็นนี้จะเข้าสู่ระบบในนาม {login} ได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save to file…</source>
        <translation>บันทึกลงไฟล์(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../src/vocdesk/services/transfer.py" line="+175"/>
        <source>Stakeholders</source>
        <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening log</source>
        <translation>บันทึกการรับฟัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>เรื่องร้องเรียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>วันหยุดราชการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>แบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey comparators</source>
        <translation>คู่เทียบของแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship activities</source>
        <translation>กิจกรรมสร้างความสัมพันธ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact list (with consent)</source>
        <translation>รายชื่อผู้ติดต่อ (ที่ให้ความยินยอม)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey questionnaire</source>
        <translation>แบบสอบถามของแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey responses</source>
        <translation>คำตอบแบบสำรวจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey results</source>
        <translation>ผลการสำรวจ</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“{kind}” cannot be imported or exported; known kinds: {kinds}.</source>
        <translation>นำเข้าหรือส่งออก “{kind}” ไม่ได้ ชนิดที่รองรับ: {kinds}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing and exporting “{kind}” is not available in this version yet.</source>
        <translation>รุ่นนี้ยังนำเข้าและส่งออก “{kind}” ไม่ได้</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>“{column}” takes no value mapping; these columns do: {columns}.</source>
        <translation>คอลัมน์ “{column}” ไม่รับการจับคู่ค่า คอลัมน์ที่รับได้คือ: {columns}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” cannot become “{value}” in “{column}”: write one of {values}.</source>
        <translation>แปลง “{text}” เป็น “{value}” ในคอลัมน์ “{column}” ไม่ได้ ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: {values}</translation>
    </message>
</context>
<context>
    <name>UnmatchedColumns</name>
    <message numerus="yes">
        <location filename="../src/vocdesk/services/transfer_columns_unmatched.py" line="+84"/>
        <source>%n column(s) of the file matched no column of VocDesk and were not imported: {columns}.</source>
        <translation>
            <numerusform>คอลัมน์ในไฟล์ %n คอลัมน์ไม่ตรงกับคอลัมน์ใดของ VocDesk จึงไม่ได้นำเข้า: {columns}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../src/vocdesk/ui/accounts/users_dialog.py" line="+165"/>
        <source>No password yet</source>
        <translation>ยังไม่มีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {time}</source>
        <translation>ถึง {time}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revoked {time}</source>
        <translation>เพิกถอนแล้ว {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>ใช้ได้</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Users and roles</source>
        <translation>ผู้ใช้และบทบาท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in name</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>เรื่องลับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personal data</source>
        <translation>ข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>ล็อก</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>เข้าสู่ระบบล่าสุด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>ใช้สำหรับ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>ออกเมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add…</source>
        <translation>เพิ่ม(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>แก้ไข(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>ตั้งรหัสผ่านใหม่(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access tokens for scripts and scheduled tasks</source>
        <translation>โทเค็นสำหรับสคริปต์และงานตามกำหนดเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue token…</source>
        <translation>ออกโทเค็น(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>เพิกถอน(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/vocdesk/domain/phone.py" line="+57"/>
        <source>Enter a phone number.</source>
        <translation>กรุณาระบุหมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{value}” is not a Thai number: it must start with +66.</source>
        <translation>“{value}” ไม่ใช่หมายเลขของประเทศไทย ต้องขึ้นต้นด้วย +66</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +66; “{value}” has other characters.</source>
        <translation>หมายเลขโทรศัพท์มีได้เฉพาะตัวเลข ช่องว่าง ขีด วงเล็บ และ +66 นำหน้า แต่ “{value}” มีอักขระอื่น</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{value}” is not a valid phone number: {code} is not a Thai area code.</source>
        <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง: {code} ไม่ใช่รหัสพื้นที่ของประเทศไทย</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{value}” is not a valid Thai phone number. Use 10 digits for a mobile (08x xxx xxxx), 9 digits for a landline (02 xxx xxxx) or a 4-digit hotline (1111).</source>
        <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์ไทยที่ถูกต้อง ใช้ 10 หลักสำหรับโทรศัพท์มือถือ (08x xxx xxxx) 9 หลักสำหรับโทรศัพท์พื้นฐาน (02 xxx xxxx) หรือ 4 หลักสำหรับสายด่วน (1111)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/domain/thai_id.py" line="+58"/>
        <source>Enter the 13-digit national ID number.</source>
        <translation>กรุณาระบุเลขประจำตัวประชาชน 13 หลัก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A national ID may contain only digits, spaces and dashes, not “{char}”.</source>
        <translation>เลขประจำตัวประชาชนมีได้เฉพาะตัวเลข ช่องว่าง และขีด ไม่ใช่ “{char}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A national ID has 13 digits; this one has {count}.</source>
        <translation>เลขประจำตัวประชาชนมี 13 หลัก แต่เลขนี้มี {count} หลัก</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The national ID {id} is not valid: no national ID starts with 9 (the first digit is the person&apos;s category, 0 to 8). Check for a typing mistake.</source>
        <translation>เลขประจำตัวประชาชน {id} ไม่ถูกต้อง เนื่องจากไม่มีเลขประจำตัวประชาชนที่ขึ้นต้นด้วย 9 (หลักแรกคือประเภทบุคคล ได้แก่ 0 ถึง 8) กรุณาตรวจสอบว่าพิมพ์ถูกต้อง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The national ID {id} is not valid: its last digit should be {expected}, not {actual}. Check for a typing mistake.</source>
        <translation>เลขประจำตัวประชาชน {id} ไม่ถูกต้อง: หลักสุดท้ายควรเป็น {expected} ไม่ใช่ {actual} กรุณาตรวจสอบการพิมพ์</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The national ID {id} starts with 0. Such numbers belong to persons without Thai registration status; check that it was typed correctly.</source>
        <translation>เลขประจำตัวประชาชน {id} ขึ้นต้นด้วย 0 ซึ่งเป็นเลขของบุคคลที่ไม่มีสถานะทางทะเบียนราษฎรไทย กรุณาตรวจสอบว่าพิมพ์ถูกต้อง</translation>
    </message>
</context>
</TS>
