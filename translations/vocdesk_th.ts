<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../src/vocdesk/ui/dialogs/about_dialog.py" line="+29" />
            <source>About VocDesk</source>
            <translation>เกี่ยวกับ VocDesk</translation>
        </message>
        <message>
            <location line="+3" />
            <source>VocDesk {version}</source>
            <translation>VocDesk {version}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The voice of the customer for Thai government agencies: listening, surveys, complaints and relationships (PMQA category 3). Works offline.</source>
            <translation>เสียงของผู้รับบริการสำหรับหน่วยงานภาครัฐไทย: การรับฟัง แบบสำรวจ ข้อร้องเรียน และความสัมพันธ์ (PMQA หมวด 3) ใช้งานได้โดยไม่ต้องเชื่อมต่ออินเทอร์เน็ต</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open database: {location}</source>
            <translation>ฐานข้อมูลที่เปิดอยู่: {location}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>VocDesk is free software under the GNU General Public License, version 3 or later.</source>
            <translation>VocDesk เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต GNU General Public License รุ่น 3 หรือใหม่กว่า</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bundled Sarabun font is Copyright 2018 The Sarabun Project Authors and is licensed under the SIL Open Font License, version 1.1:</source>
            <translation>ฟอนต์สารบรรณ (Sarabun) ที่มาพร้อมโปรแกรม สงวนลิขสิทธิ์ 2018 โดย The Sarabun Project Authors และใช้สัญญาอนุญาต SIL Open Font License รุ่น 1.1:</translation>
        </message>
    </context>
    <context>
        <name>ActivityKind</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="+146" />
            <source>Meeting</source>
            <extracomment>ประชุม</extracomment>
            <translation>ประชุม</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone call</source>
            <extracomment>โทรศัพท์</extracomment>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Visit</source>
            <extracomment>เยี่ยมเยียน</extracomment>
            <translation>เยี่ยมเยียน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E-mail</source>
            <extracomment>อีเมล</extracomment>
            <translation>อีเมล</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <extracomment>กิจกรรม</extracomment>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <extracomment>บันทึก</extracomment>
            <translation>บันทึก</translation>
        </message>
    </context>
    <context>
        <name>AuditAction</name>
        <message>
            <location line="+4" />
            <source>Created</source>
            <extracomment>สร้าง</extracomment>
            <translation>สร้าง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed</source>
            <extracomment>แก้ไข</extracomment>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deleted</source>
            <extracomment>ลบ</extracomment>
            <translation>ลบ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged</source>
            <extracomment>รวมรายการ</extracomment>
            <translation>รวมรายการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archived</source>
            <extracomment>จัดเก็บเข้าคลัง</extracomment>
            <translation>เก็บถาวร</translation>
        </message>
    </context>
    <context>
        <name>BuddhistCalendar</name>
        <message>
            <location filename="../src/vocdesk/ui/widgets/be_date_edit.py" line="+186" />
            <source>Previous month</source>
            <translation>เดือนก่อนหน้า</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next month</source>
            <translation>เดือนถัดไป</translation>
        </message>
    </context>
    <context>
        <name>BuddhistDateEdit</name>
        <message>
            <location line="+172" />
            <source>dd/mm/yyyy</source>
            <translation>วว/ดด/ปปปป</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a date from the calendar (F4)</source>
            <translation>เลือกวันที่จากปฏิทิน (F4)</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/complaints_tab.py" line="+98" />
            <source>Cases</source>
            <translation>เรื่องร้องเรียน</translation>
        </message>
        <message>
            <location line="+26" />
            <source>&amp;Queue:</source>
            <translation>&amp;คิวงาน:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Register case…</source>
            <translation>&amp;รับเรื่องใหม่…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register a new complaint case (Ctrl+N)</source>
            <translation>รับเรื่องร้องเรียนใหม่ (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open case</source>
            <translation>&amp;เปิดเรื่อง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Categories and standards…</source>
            <translation>ประเภทเรื่องและมาตรฐานการให้บริการ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search by number, subject, category, unit or the officer assigned</source>
            <translation>ค้นหาตามเลขที่ เรื่อง ประเภท หน่วยงาน หรือผู้รับผิดชอบ</translation>
        </message>
    </context>
    <context>
        <name>CellCheck</name>
        <message>
            <location filename="../src/vocdesk/io/cells.py" line="+68" />
            <location filename="../src/vocdesk/services/complaints_transfer.py" line="+111" />
            <source>the text has {length} characters; at most {limit} fit.</source>
            <translation>ข้อความยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
        </message>
        <message>
            <location line="+21" />
            <source>“{value}” is not a whole number.</source>
            <translation>“{value}” ไม่ใช่จำนวนเต็ม</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{value} is outside {low}–{high}.</source>
            <translation>{value} อยู่นอกช่วง {low}–{high}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“{value}” is not yes or no (write yes/no or ใช่/ไม่ใช่).</source>
            <translation>“{value}” ไม่ใช่ ใช่ หรือ ไม่ใช่ (เขียน ใช่/ไม่ใช่ หรือ yes/no)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>“{value}” is not a date and time: write it as dd/mm/yyyy hh:mm or yyyy-mm-ddThh:mm+07:00.</source>
            <translation>“{value}” ไม่ใช่วันที่และเวลา ให้เขียนเป็น วว/ดด/ปปปป ชช:นน หรือ yyyy-mm-ddThh:mm+07:00</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{value}” has an impossible time of day.</source>
            <translation>“{value}” มีเวลาที่เป็นไปไม่ได้</translation>
        </message>
        <message>
            <location line="+28" />
            <source>“{value}” is not one of: {choices}.</source>
            <translation>“{value}” ไม่ใช่ค่าที่รับได้ ({choices})</translation>
        </message>
        <message>
            <location filename="../src/vocdesk/services/complaints_transfer.py" line="-13" />
            <source>history line “{line}” is not “when | status | note”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <location filename="../src/vocdesk/ui/widgets/charts.py" line="+136" />
            <source>No data</source>
            <translation>ไม่มีข้อมูล</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../src/vocdesk/cli.py" line="+38" />
            <source>stakeholders</source>
            <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
        <message>
            <location line="+1" />
            <source>listening entries</source>
            <translation>บันทึกการรับฟัง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey rounds</source>
            <translation>รอบการสำรวจ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey questions</source>
            <translation>ข้อคำถามในแบบสำรวจ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey responses</source>
            <translation>แบบสำรวจที่ได้รับตอบกลับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answers</source>
            <translation>คำตอบในแบบสำรวจ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>complaints</source>
            <translation>ข้อร้องเรียน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>complaint status changes</source>
            <translation>การเปลี่ยนสถานะข้อร้องเรียน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>timeline activities</source>
            <translation>กิจกรรมในไทม์ไลน์ความสัมพันธ์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit entries</source>
            <translation>รายการบันทึกการแก้ไขข้อมูล</translation>
        </message>
        <message>
            <location line="+1" />
            <source>services</source>
            <translation>งานบริการ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>segment-service links</source>
            <translation>การเชื่อมโยงกลุ่มผู้รับบริการกับงานบริการ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offices</source>
            <translation>สำนักงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>public holidays</source>
            <translation>วันหยุดราชการ</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Interrupted.</source>
            <translation>ถูกขัดจังหวะ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unexpected error ({summary}). The details are in {log}.</source>
            <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด ({summary}) รายละเอียดอยู่ในไฟล์ {log}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>must be a whole number of 1 or more, not {value}</source>
            <translation>ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป ไม่ใช่ {value}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>not a date written YYYY-MM-DD (Common Era): {value}</source>
            <translation>ไม่ใช่วันที่ในรูปแบบ YYYY-MM-DD (ปีคริสต์ศักราช): {value}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>VocDesk: the voice of the customer for Thai government agencies (PMQA category 3).</source>
            <translation>VocDesk: เสียงของผู้รับบริการสำหรับหน่วยงานภาครัฐไทย (PMQA หมวด 3)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>language of the window and of messages (default: VOCDESK_LANG, else the system's)</source>
            <translation>ภาษาของหน้าต่างโปรแกรมและข้อความ (ค่าเริ่มต้น: VOCDESK_LANG หากไม่มีจะใช้ภาษาของระบบ)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the database file to open (default: the last one used, else the default one)</source>
            <translation>ไฟล์ฐานข้อมูลที่จะเปิด (ค่าเริ่มต้น: ไฟล์ที่ใช้ครั้งล่าสุด หากไม่มีจะใช้ฐานข้อมูลเริ่มต้น)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the database file (default: the default database)</source>
            <translation>ไฟล์ฐานข้อมูล (ค่าเริ่มต้น: ฐานข้อมูลเริ่มต้น)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>open the window (the default)</source>
            <translation>เปิดหน้าต่างโปรแกรม (ค่าเริ่มต้น)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>create a database filled with realistic demonstration data</source>
            <translation>สร้างฐานข้อมูลพร้อมข้อมูลตัวอย่างที่ใกล้เคียงของจริงสำหรับการสาธิต</translation>
        </message>
        <message>
            <location line="+3" />
            <source>how much data: 1 = about 1,000 stakeholders and 5,000 listening entries</source>
            <translation>ปริมาณข้อมูล: 1 = ผู้รับบริการและผู้มีส่วนได้ส่วนเสียประมาณ 1,000 ราย และบันทึกการรับฟัง 5,000 รายการ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the same seed always gives the same data</source>
            <translation>ค่า seed เดียวกันให้ข้อมูลชุดเดียวกันเสมอ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the data's today: its history ends the day before (default: the real date; give a date to repeat a run exactly)</source>
            <translation>วันที่ถือเป็น "วันนี้" ของข้อมูล: ประวัติสิ้นสุดก่อนวันนั้นหนึ่งวัน (ค่าเริ่มต้น: วันที่จริง; ระบุวันที่เพื่อสร้างข้อมูลซ้ำให้เหมือนเดิมทุกประการ)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>check a database's integrity and schema version without changing it</source>
            <translation>ตรวจสอบความสมบูรณ์และรุ่นโครงสร้างของฐานข้อมูลโดยไม่เปลี่ยนแปลงข้อมูล</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write a consistent copy of a database (safe while VocDesk is open)</source>
            <translation>สำรองฐานข้อมูลเป็นสำเนาที่สมบูรณ์ (ทำได้แม้ขณะเปิด VocDesk อยู่)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the copy to write (or give it with --out)</source>
            <translation>ไฟล์สำเนาที่จะบันทึก (หรือระบุด้วย --out)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the copy to write</source>
            <translation>ไฟล์สำเนาที่จะบันทึก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>load a file (CSV or Excel) into a database: all of it, or nothing if it has any problem</source>
            <translation>นำเข้าไฟล์ (CSV หรือ Excel) สู่ฐานข้อมูล: นำเข้าทั้งไฟล์ หรือไม่นำเข้าเลยหากมีปัญหาใด ๆ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>what the file holds: {kinds}</source>
            <translation>ชนิดข้อมูลในไฟล์: {kinds}</translation>
        </message>
        <message>
            <location line="+128" />
            <source>Checked</source>
            <translation>ตรวจสอบแล้ว</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Imported</source>
            <translation>นำเข้าแล้ว</translation>
        </message>
        <message>
            <location line="+18" />
            <source>… and {count} more problems.</source>
            <translation>… และปัญหาอื่นอีก {count} รายการ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{kind}: {count} rows imported ({added} added, {updated} updated) into {path}</source>
            <translation>{kind}: นำเข้า {count} แถว (เพิ่มใหม่ {added} ปรับปรุง {updated}) สู่ {path}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Exported</source>
            <translation>ส่งออกแล้ว</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{kind}: {count} rows exported to {path}</source>
            <translation>{kind}: ส่งออก {count} แถว ไปยัง {path}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>--map {item}: write it as COLUMN:TEXT=VALUE, e.g. status:ปิดเรื่อง=closed.</source>
            <translation>--map {item}: ให้เขียนในรูปแบบ COLUMN:TEXT=VALUE เช่น status:ปิดเรื่อง=closed</translation>
        </message>
        <message>
            <location line="+98" />
            <source>{verb} {done} of {total} rows…</source>
            <translation>{verb} {done} จาก {total} แถว…</translation>
        </message>
        <message>
            <location line="-289" />
            <source>the CSV (UTF-8 or Thai Windows) or XLSX file</source>
            <translation>ไฟล์ CSV (UTF-8 หรือภาษาไทยของ Windows) หรือไฟล์ XLSX</translation>
        </message>
        <message>
            <location line="+3" />
            <source>read TEXT in COLUMN as VALUE, for a file's own words (e.g. status:ปิดเรื่อง=closed); may be repeated</source>
            <translation>อ่านคำ TEXT ในคอลัมน์ COLUMN เป็นค่า VALUE สำหรับคำเฉพาะของไฟล์ (เช่น status:ปิดเรื่อง=closed) ระบุได้หลายครั้ง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write the records of an area to a CSV (UTF-8 with BOM) or Excel file that imports again unchanged</source>
            <translation>ส่งออกข้อมูลของส่วนงานเป็นไฟล์ CSV (UTF-8 มี BOM) หรือ Excel ที่นำเข้าใหม่ได้โดยไม่เปลี่ยนแปลง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>what to export: {kinds}</source>
            <translation>ข้อมูลที่จะส่งออก: {kinds}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the file to write: .xlsx for Excel, otherwise CSV</source>
            <translation>ไฟล์ที่จะเขียน: .xlsx สำหรับ Excel นอกนั้นเป็น CSV</translation>
        </message>
        <message>
            <location line="+3" />
            <source>only the records these words find, as the tab's search finds them</source>
            <translation>เฉพาะรายการที่ค้นพบด้วยคำเหล่านี้ เช่นเดียวกับการค้นหาในแท็บ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>save a PNG picture of a tab of the window (no screen needed)</source>
            <translation>บันทึกภาพ PNG ของแท็บในหน้าต่างโปรแกรม (ไม่ต้องมีหน้าจอ)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the tab to show, or all of them</source>
            <translation>แท็บที่จะแสดง หรือทุกแท็บ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the language of the window in the picture, or both (default: --lang)</source>
            <translation>ภาษาของหน้าต่างโปรแกรมในภาพ หรือทั้งสองภาษา (ค่าเริ่มต้น: --lang)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the PNG file; a folder when several pictures are made ({tab}-{lang}.png in it)</source>
            <translation>ไฟล์ PNG หรือโฟลเดอร์เมื่อสร้างหลายภาพ (ในโฟลเดอร์จะมีไฟล์ {tab}-{lang}.png)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Demo data written to {path} in {seconds} s (scale {scale}, seed {seed}):</source>
            <translation>บันทึกข้อมูลตัวอย่างลงใน {path} แล้ว ใช้เวลา {seconds} วินาที (ปริมาณ {scale}, seed {seed}):</translation>
        </message>
        <message>
            <location line="+15" />
            <source>ok: schema {revision} (head {head})</source>
            <translation>ปกติ: โครงสร้างรุ่น {revision} (รุ่นล่าสุด {head})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not ok: {reason}</source>
            <translation>ไม่ปกติ: {reason}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say where to write the copy: --out FILE.</source>
            <translation>กรุณาระบุตำแหน่งที่จะบันทึกสำเนา: --out ไฟล์</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The copy must not overwrite the database itself ({path}).</source>
            <translation>สำเนาต้องไม่เขียนทับไฟล์ฐานข้อมูลต้นฉบับ ({path})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Backup written to {path} ({size} MB).</source>
            <translation>สำรองข้อมูลไปที่ {path} แล้ว ({size} MB)</translation>
        </message>
        <message>
            <location line="+120" />
            <source>Screenshot written: {path}</source>
            <translation>บันทึกภาพหน้าจอแล้ว: {path}</translation>
        </message>
    </context>
    <context>
        <name>ComplaintStatus</name>
        <message>
            <location filename="../src/vocdesk/domain/complaint_workflow.py" line="+55" />
            <location filename="../src/vocdesk/ui/labels.py" line="-47" />
            <source>Received</source>
            <extracomment>รับเรื่อง</extracomment>
            <translation>รับเรื่อง</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Screening</source>
            <extracomment>ตรวจสอบ/คัดกรอง</extracomment>
            <translation>ตรวจสอบ/คัดกรอง</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>In progress</source>
            <extracomment>กำลังดำเนินการ</extracomment>
            <translation>กำลังดำเนินการ</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Forwarded</source>
            <extracomment>ส่งต่อหน่วยงาน</extracomment>
            <translation>ส่งต่อหน่วยงาน</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Co-handled</source>
            <extracomment>ร่วมดำเนินการ</extracomment>
            <translation>ร่วมดำเนินการ</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+3" />
            <source>Waiting for the complainant</source>
            <extracomment>รอข้อมูลจากผู้ร้อง</extracomment>
            <translation>รอข้อมูลจากผู้ร้อง</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Resolved, result notified</source>
            <extracomment>แจ้งผลผู้ร้องแล้ว</extracomment>
            <translation>แจ้งผลผู้ร้องแล้ว</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Closed</source>
            <extracomment>ยุติเรื่อง</extracomment>
            <translation>ยุติเรื่อง</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Rejected / not relevant</source>
            <extracomment>ไม่รับพิจารณา/ไม่เกี่ยวข้อง</extracomment>
            <translation>ไม่รับพิจารณา/ไม่เกี่ยวข้อง</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Withdrawn</source>
            <extracomment>ถอนเรื่อง</extracomment>
            <translation>ถอนเรื่อง</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../src/vocdesk/ui/labels.py" line="+2" />
            <source>Reopened</source>
            <extracomment>เปิดเรื่องใหม่</extracomment>
            <translation>เปิดเรื่องใหม่</translation>
        </message>
    </context>
    <context>
        <name>ComplaintWorkflow</name>
        <message>
            <location line="+28" />
            <source>The case is already in status {status}.</source>
            <translation>เรื่องนี้อยู่ในสถานะ {status} อยู่แล้ว</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A case in status {current} cannot move to {target}.</source>
            <translation>เรื่องที่อยู่ในสถานะ {current} เปลี่ยนเป็น {target} ไม่ได้</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Give the reason for reopening the case.</source>
            <translation>กรุณาระบุเหตุผลในการเปิดเรื่องใหม่</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/complaints_model.py" line="+22" />
            <source>(confidential case)</source>
            <translation>(เรื่องลับ)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Number</source>
            <translation>เลขที่</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>วันที่รับเรื่อง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Subject</source>
            <translation>เรื่อง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Priority</source>
            <translation>ระดับความสำคัญ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Assigned to</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>เกินกำหนด</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsTab</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/complaints_tab.py" line="-97" />
            <source>Open cases</source>
            <translation>เรื่องที่ยังไม่ยุติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assigned to me</source>
            <translation>เรื่องที่มอบหมายให้ฉัน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unassigned</source>
            <translation>ยังไม่มอบหมาย</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due soon</source>
            <translation>ใกล้ครบกำหนด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>เกินกำหนด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting (clock stopped)</source>
            <translation>รอข้อมูล (หยุดนับเวลา)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All cases</source>
            <translation>ทุกเรื่อง</translation>
        </message>
        <message>
            <location line="+150" />
            <source>Complaints</source>
            <translation>ข้อร้องเรียน</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../src/vocdesk/db/migrate.py" line="+69" />
            <source>This database was written by a newer version of VocDesk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
            <translation>ฐานข้อมูลนี้สร้างโดย VocDesk รุ่นที่ใหม่กว่า (โครงสร้าง {revision}) กรุณาติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิดใช้งาน ข้อมูลไม่ได้ถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <location filename="../src/vocdesk/services/database.py" line="+69" />
            <source>Only a local database file can be backed up here.</source>
            <translation>สำรองข้อมูลที่นี่ได้เฉพาะไฟล์ฐานข้อมูลในเครื่องเท่านั้น</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The backup could not be written to {path}: {reason}</source>
            <translation>ไม่สามารถบันทึกไฟล์สำรองข้อมูลไปที่ {path} ได้: {reason}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There is no database file at {path}.</source>
            <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The database {path} is in use by another program (locked). Close the other program and try again.</source>
            <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น (ถูกล็อก) กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file {path} is not a VocDesk database or is damaged. Open another file or restore a backup.</source>
            <translation>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ VocDesk หรือไฟล์เสียหาย กรุณาเปิดไฟล์อื่นหรือกู้คืนจากไฟล์สำรองข้อมูล</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The database {path} could not be opened: {reason}</source>
            <translation>ไม่สามารถเปิดฐานข้อมูล {path} ได้: {reason}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>no database file at {path}</source>
            <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>damaged: {details}</source>
            <translation>ไฟล์เสียหาย: {details}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{count} rows point to missing records (table {table})</source>
            <translation>มี {count} แถวที่อ้างถึงรายการที่ไม่มีอยู่ (ตาราง {table})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not a VocDesk database (no schema version)</source>
            <translation>ไม่ใช่ฐานข้อมูลของ VocDesk (ไม่มีรุ่นโครงสร้าง)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>schema {current} differs from this version's {head}</source>
            <translation>โครงสร้างรุ่น {current} ไม่ตรงกับรุ่น {head} ของโปรแกรมนี้</translation>
        </message>
        <message>
            <location line="-25" />
            <location line="+31" />
            <source>cannot be read: {details}</source>
            <translation>อ่านไฟล์ไม่ได้: {details}</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../src/vocdesk/domain/thai_dates.py" line="+124" />
            <source>Enter a date.</source>
            <translation>กรุณาระบุวันที่</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{value}” is not a date: type it as dd/mm/yyyy, for example 01/10/2567.</source>
            <translation>“{value}” ไม่ใช่วันที่ กรุณาพิมพ์ในรูปแบบ วว/ดด/ปปปป เช่น 01/10/2567</translation>
        </message>
        <message>
            <location line="+12" />
            <source>“{value}” is not a valid date: check the day and month.</source>
            <translation>“{value}” ไม่ใช่วันที่ที่ถูกต้อง กรุณาตรวจสอบวันและเดือน</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../src/vocdesk/services/demo/generate.py" line="+78" />
            <source>The scale must be 1 or more, not {scale}.</source>
            <translation>ปริมาณข้อมูลต้องเป็น 1 ขึ้นไป ไม่ใช่ {scale}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The database already holds {count} stakeholders. Demonstration data is only added to an empty database, so that it never mixes with real records.</source>
            <translation>ฐานข้อมูลนี้มีผู้รับบริการและผู้มีส่วนได้ส่วนเสียอยู่แล้ว {count} ราย ข้อมูลตัวอย่างจะเพิ่มลงในฐานข้อมูลว่างเท่านั้น เพื่อไม่ให้ปะปนกับข้อมูลจริง</translation>
        </message>
        <message>
            <location line="+123" />
            <source>The database has no channels or complaint categories to use.</source>
            <translation>ฐานข้อมูลนี้ไม่มีช่องทางหรือประเภทข้อร้องเรียนให้ใช้</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <location filename="../src/vocdesk/ui/models/display.py" line="+50" />
            <source>{value}%</source>
            <translation>{value}%</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../src/vocdesk/ui/errors.py" line="+37" />
            <source>Something went wrong and this could not be finished. Please try again.</source>
            <translation>เกิดข้อผิดพลาด ทำรายการนี้ไม่สำเร็จ กรุณาลองอีกครั้ง</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something went wrong and this could not be finished. The details were saved in the log file:
{path}
Please try again, and if it happens again send that file to your IT support.</source>
            <translation>เกิดข้อผิดพลาด ทำรายการนี้ไม่สำเร็จ รายละเอียดถูกบันทึกไว้ในไฟล์บันทึกการทำงาน:
{path}
กรุณาลองอีกครั้ง หากยังเกิดขึ้นอีก กรุณาส่งไฟล์นั้นให้ฝ่ายสนับสนุนด้านไอที</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBreakdownModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/overview_model.py" line="+33" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage of the service</source>
            <translation>ช่วงของวงจรการรับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Feedback entries</source>
            <translation>จำนวนข้อมูลป้อนกลับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>สัดส่วน</translation>
        </message>
    </context>
    <context>
        <name>FeedbackType</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="-53" />
            <source>Need</source>
            <extracomment>ความต้องการ</extracomment>
            <translation>ความต้องการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expectation</source>
            <extracomment>ความคาดหวัง</extracomment>
            <translation>ความคาดหวัง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suggestion</source>
            <extracomment>ข้อเสนอแนะ</extracomment>
            <translation>ข้อเสนอแนะ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliment</source>
            <extracomment>คำชมเชย</extracomment>
            <translation>คำชมเชย</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inquiry</source>
            <extracomment>ข้อสอบถาม</extracomment>
            <translation>ข้อสอบถาม</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complaint</source>
            <extracomment>ข้อร้องเรียน</extracomment>
            <translation>ข้อร้องเรียน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other</source>
            <extracomment>อื่น ๆ</extracomment>
            <translation>อื่น ๆ</translation>
        </message>
    </context>
    <context>
        <name>HolidayImport</name>
        <message>
            <location filename="../src/vocdesk/services/holidays.py" line="+66" />
            <source>{date} is in the holiday list twice; nothing was imported.</source>
            <translation>วันที่ {date} อยู่ในรายการวันหยุดสองครั้ง จึงไม่ได้นำเข้าข้อมูลใด ๆ</translation>
        </message>
    </context>
    <context>
        <name>ImprovementRules</name>
        <message>
            <location filename="../src/vocdesk/domain/improvement.py" line="+62" />
            <source>Say what the improvement is: the title is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The title is {length} characters long; at most {limit} fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>A done improvement needs its outcome: write what changed for the service recipients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/vocdesk/services/improvement_actions.py" line="+427" />
            <source>This improvement action no longer exists; someone may have deleted it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{count} of the chosen complaints no longer exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{count} of the chosen listening entries no longer exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{count} of the chosen surveys no longer exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The chosen question is not part of the chosen survey.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LifecycleStage</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="-20" />
            <source>Before the service</source>
            <extracomment>ก่อนรับบริการ</extracomment>
            <translation>ก่อนรับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>During the service</source>
            <extracomment>ระหว่างรับบริการ</extracomment>
            <translation>ระหว่างรับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After the service</source>
            <extracomment>หลังรับบริการ</extracomment>
            <translation>หลังรับบริการ</translation>
        </message>
    </context>
    <context>
        <name>ListeningLogPage</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/feedback_log.py" line="+68" />
            <source>Listening log</source>
            <translation type="unfinished">บันทึกการรับฟัง</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search what was said, who said it, the channel, segment, service or office</source>
            <translation type="unfinished">ค้นหาสิ่งที่ได้รับฟัง ผู้ให้ข้อมูล ช่องทาง กลุ่มผู้รับบริการ งานบริการ หรือสำนักงาน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New entry…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListeningModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/listening_model.py" line="+17" />
            <source>Anonymous</source>
            <translation>ไม่ประสงค์ออกนาม</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Received</source>
            <translation>วันที่รับ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stage</source>
            <translation>ช่วงการรับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sentiment</source>
            <translation>ความรู้สึก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was said</source>
            <translation>สิ่งที่ได้รับฟัง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>จาก</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Segment</source>
            <translation>กลุ่มผู้รับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>งานบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Office</source>
            <translation>สำนักงาน</translation>
        </message>
    </context>
    <context>
        <name>ListeningPlanRules</name>
        <message>
            <location filename="../src/vocdesk/services/listening_plan.py" line="+266" />
            <source>This line of the listening plan no longer exists; someone may have deleted it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Name the listening method, e.g. “satisfaction survey” or “counter talk”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>The method is {length} characters long; at most {limit} fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Choose the segment this method listens to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Choose the channel this method uses.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListeningTab</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/listening_tab.py" line="+73" />
            <source>Listening</source>
            <translation>การรับฟัง</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../src/vocdesk/ui/main_window.py" line="+213" />
            <source>Database: {location}</source>
            <translation>ฐานข้อมูล: {location}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Stakeholders: {stakeholders}  ·  Feedback: {feedback}  ·  Surveys: {surveys}  ·  Complaints: {complaints}</source>
            <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย: {stakeholders}  ·  ข้อมูลป้อนกลับ: {feedback}  ·  แบบสำรวจ: {surveys}  ·  ข้อร้องเรียน: {complaints}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>VocDesk — {name}</source>
            <translation>VocDesk — {name}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;File</source>
            <translation>ไฟล์(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>มุมมอง(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>ช่วยเหลือ(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>ภาษา(&amp;L)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import</source>
            <translation>นำเ&amp;ข้า</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public &amp;holidays (CSV or Excel)…</source>
            <translation>วัน&amp;หยุดราชการ (CSV หรือ Excel)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New database…</source>
            <translation>สร้างฐานข้อมูลใหม่(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open database…</source>
            <translation>เปิดฐานข้อมูล(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export current table…</source>
            <translation>ส่งออกตารางนี้(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Back up database…</source>
            <translation>สำรองฐานข้อมูล(&amp;B)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>ออกจากโปรแกรม(&amp;Q)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>แสดงข้อมูลล่าสุด(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Search in this tab</source>
            <translation>ค้นหาในแท็บนี้(&amp;S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About VocDesk</source>
            <translation>เกี่ยวกับ VocDesk(&amp;A)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>VocDesk databases (*.sqlite *.db)</source>
            <translation>ฐานข้อมูล VocDesk (*.sqlite *.db)</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+113" />
            <source>All files (*)</source>
            <translation>ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <location line="-105" />
            <source>New database</source>
            <translation>สร้างฐานข้อมูลใหม่</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{path} already exists. Use Open database to open it.</source>
            <translation>มีไฟล์ {path} อยู่แล้ว กรุณาใช้คำสั่ง เปิดฐานข้อมูล เพื่อเปิดไฟล์นั้น</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open database</source>
            <translation>เปิดฐานข้อมูล</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Opening the database…</source>
            <translation>กำลังเปิดฐานข้อมูล…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The database was upgraded; the old file was kept as {path}</source>
            <translation>ปรับรุ่นฐานข้อมูลแล้ว ไฟล์เดิมเก็บไว้ที่ {path}</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+50" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>สมุดงาน Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="-50" />
            <source>CSV, UTF-8 (*.csv)</source>
            <translation>CSV แบบ UTF-8 (*.csv)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export current table</source>
            <translation>ส่งออกตารางนี้</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exported to {path}</source>
            <translation>ส่งออกไปที่ {path} แล้ว</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exporting the table…</source>
            <translation>กำลังส่งออกตาราง…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Back up database</source>
            <translation>สำรองฐานข้อมูล</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Backed up to {path}</source>
            <translation>สำรองข้อมูลไปที่ {path} แล้ว</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backing up the database…</source>
            <translation>กำลังสำรองฐานข้อมูล…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import public holidays</source>
            <translation>นำเข้าวันหยุดราชการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Holiday lists (*.csv *.xlsx)</source>
            <translation>รายการวันหยุด (*.csv *.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Importing the public holidays…</source>
            <translation>กำลังนำเข้าวันหยุดราชการ…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Imported {count} public holidays from {file} ({added} added, {updated} updated)</source>
            <translation>นำเข้าวันหยุดราชการ {count} วันจาก {file} แล้ว (เพิ่มใหม่ {added} วัน ปรับปรุง {updated} วัน)</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/overview_tab.py" line="+162" />
            <source>Fiscal year {year}: {start} to {end}</source>
            <translation>ปีงบประมาณ {year}: {start} ถึง {end}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Feedback entries in fiscal year {year}: {count}</source>
            <translation>ข้อมูลป้อนกลับในปีงบประมาณ {year}: {count} รายการ</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Overview</source>
            <translation>ภาพรวม</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Records</source>
            <translation>จำนวนข้อมูล</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints needing attention</source>
            <translation>ข้อร้องเรียนที่ต้องติดตาม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback in a fiscal year</source>
            <translation>ข้อมูลป้อนกลับในปีงบประมาณ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fiscal &amp;year:</source>
            <translation>ปีงบประมาณ(&amp;Y):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholders and service recipients</source>
            <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback entries</source>
            <translation>ข้อมูลป้อนกลับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey rounds</source>
            <translation>รอบการสำรวจ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey responses</source>
            <translation>แบบสำรวจที่ได้รับตอบกลับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation>ข้อร้องเรียน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relationship activities</source>
            <translation>กิจกรรมสร้างความสัมพันธ์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>ยังไม่ยุติ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>เกินกำหนด</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due soon</source>
            <translation>ใกล้ครบกำหนด</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By channel</source>
            <translation>ตามช่องทาง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By stage of the service</source>
            <translation>ตามช่วงของวงจรการรับบริการ</translation>
        </message>
    </context>
    <context>
        <name>PartyType</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="-18" />
            <source>Person</source>
            <extracomment>บุคคล</extracomment>
            <translation>บุคคล</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <extracomment>หน่วยงาน/องค์กร</extracomment>
            <translation>หน่วยงาน/องค์กร</translation>
        </message>
    </context>
    <context>
        <name>PeriodKind</name>
        <message>
            <location line="+103" />
            <source>Fiscal year</source>
            <extracomment>ปีงบประมาณ</extracomment>
            <translation>ปีงบประมาณ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Half year</source>
            <extracomment>ครึ่งปี (รอบ 6 เดือน)</extracomment>
            <translation>ครึ่งปี</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quarter</source>
            <extracomment>ไตรมาส</extracomment>
            <translation>ไตรมาส</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Month</source>
            <extracomment>เดือน</extracomment>
            <translation>เดือน</translation>
        </message>
    </context>
    <context>
        <name>Priority</name>
        <message>
            <location line="-130" />
            <source>High</source>
            <extracomment>สูง</extracomment>
            <translation>สูง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medium</source>
            <extracomment>ปานกลาง</extracomment>
            <translation>ปานกลาง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Low</source>
            <extracomment>ต่ำ</extracomment>
            <translation>ต่ำ</translation>
        </message>
    </context>
    <context>
        <name>Screenshot</name>
        <message>
            <location filename="../src/vocdesk/app.py" line="+156" />
            <source>There is no tab “{tab}”; choose one of: {tabs}.</source>
            <translation>ไม่มีแท็บ “{tab}” กรุณาเลือกจาก: {tabs}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The picture could not be saved to {path}.</source>
            <translation>ไม่สามารถบันทึกภาพไปที่ {path} ได้</translation>
        </message>
    </context>
    <context>
        <name>SearchableTable</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/searchable_table.py" line="+162" />
            <source>Rows: {count}</source>
            <translation>จำนวนแถว: {count}</translation>
        </message>
    </context>
    <context>
        <name>SegmentCheck</name>
        <message>
            <location filename="../src/vocdesk/services/segments.py" line="+66" />
            <source>The segment was not saved:
{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Enter the segment's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Too long: {length} characters, at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Each line may have at most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>The segment no longer exists.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SegmentKind</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="-10" />
            <source>Service recipient</source>
            <extracomment>ผู้รับบริการ</extracomment>
            <translation>ผู้รับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder</source>
            <extracomment>ผู้มีส่วนได้ส่วนเสีย</extracomment>
            <translation>ผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
    </context>
    <context>
        <name>Sentiment</name>
        <message>
            <location line="+61" />
            <source>Positive</source>
            <extracomment>เชิงบวก</extracomment>
            <translation>เชิงบวก</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Neutral</source>
            <extracomment>เป็นกลาง</extracomment>
            <translation>เป็นกลาง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Negative</source>
            <extracomment>เชิงลบ</extracomment>
            <translation>เชิงลบ</translation>
        </message>
    </context>
    <context>
        <name>SheetReader</name>
        <message>
            <location filename="../src/vocdesk/io/sheet.py" line="+65" />
            <source>The file {path} is empty.</source>
            <translation>ไฟล์ {path} ว่างเปล่า</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The file {path} must have its column headings in row 1.</source>
            <translation>ไฟล์ {path} ต้องมีหัวคอลัมน์อยู่ในแถวที่ 1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>The file {path} could not be read: {reason}</source>
            <translation>อ่านไฟล์ {path} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The file {path} is neither UTF-8 nor Thai Windows (cp874) text. Save it from Excel as “CSV UTF-8” and try again.</source>
            <translation>ไฟล์ {path} ไม่ใช่ข้อความแบบ UTF-8 หรือภาษาไทยของ Windows (cp874) ให้บันทึกจาก Excel เป็น “CSV UTF-8” แล้วลองอีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>StakeholderCheck</name>
        <message>
            <location filename="../src/vocdesk/domain/registry.py" line="+67" />
            <source>same national ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>same phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>same e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>very similar name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+120" />
            <source>The stakeholder was not saved:
{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Too long: {length} characters, at most {limit}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Enter the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>“{value}” is not an e-mail address (name@example.go.th).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>“{value}” is not one of the 77 provinces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Enter the date the person gave consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The consent date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Consent to follow-up was recorded, but the lawful basis is not consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Data cannot be kept until before the consent date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../src/vocdesk/services/registry_edit.py" line="+65" />
            <source>{count} existing records look like this one; the first is {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+209" />
            <source>{name} has {count} history records (feedback, complaints, responses or activities) and cannot be deleted. Archive the record instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>A record cannot be merged with itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>The stakeholder no longer exists; it may have been merged or deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>The reference {value} already belongs to {name}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StakeholderKind</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="-52" />
            <source>Service recipient</source>
            <extracomment>ผู้รับบริการ</extracomment>
            <translation>ผู้รับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stakeholder</source>
            <extracomment>ผู้มีส่วนได้ส่วนเสีย</extracomment>
            <translation>ผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Partner</source>
            <extracomment>ภาคีเครือข่าย</extracomment>
            <translation>ภาคีเครือข่าย</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comparator</source>
            <extracomment>คู่เทียบ</extracomment>
            <translation>คู่เทียบ</translation>
        </message>
    </context>
    <context>
        <name>StakeholderPickerModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/stakeholders_model.py" line="+50" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Organisation</source>
            <translation>หน่วยงาน/องค์กร</translation>
        </message>
    </context>
    <context>
        <name>StakeholderStatus</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="+10" />
            <source>Current</source>
            <extracomment>ปัจจุบัน</extracomment>
            <translation>ปัจจุบัน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Potential</source>
            <extracomment>ในอนาคต (ผู้ที่อาจมารับบริการ)</extracomment>
            <translation>ที่มีศักยภาพ (ในอนาคต)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Former</source>
            <extracomment>ในอดีต</extracomment>
            <translation>ในอดีต</translation>
        </message>
    </context>
    <context>
        <name>StakeholdersModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/stakeholders_model.py" line="-33" />
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>หน่วยงาน/องค์กร</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Segment</source>
            <translation>กลุ่มผู้รับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Province</source>
            <translation>จังหวัด</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <location line="+2" />
            <source>National ID (masked)</source>
            <extracomment>The national ID as lists show it under the PDPA: middle digits hidden</extracomment>
            <translation>เลขประจำตัวประชาชน (ปิดบังบางส่วน)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated</source>
            <translation>ปรับปรุงล่าสุด</translation>
        </message>
    </context>
    <context>
        <name>StakeholdersTab</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/stakeholders_tab.py" line="+26" />
            <source>Stakeholders</source>
            <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search by name, organisation, segment, province, phone or ID number</source>
            <translation>ค้นหาตามชื่อ หน่วยงาน/องค์กร กลุ่มผู้รับบริการ จังหวัด โทรศัพท์ หรือเลขประจำตัวประชาชน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Double-click a row to see its timeline.</source>
            <translation>ดับเบิลคลิกที่แถวเพื่อดูไทม์ไลน์ความสัมพันธ์</translation>
        </message>
    </context>
    <context>
        <name>SurveyKind</name>
        <message>
            <location filename="../src/vocdesk/ui/labels.py" line="+36" />
            <source>Satisfaction</source>
            <extracomment>ความพึงพอใจ</extracomment>
            <translation>ความพึงพอใจ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Engagement</source>
            <extracomment>ความผูกพัน</extracomment>
            <translation>ความผูกพัน</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dissatisfaction</source>
            <extracomment>ความไม่พึงพอใจ</extracomment>
            <translation>ความไม่พึงพอใจ</translation>
        </message>
    </context>
    <context>
        <name>SurveysModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/surveys_model.py" line="+25" />
            <source>Title</source>
            <translation>ชื่อแบบสำรวจ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fiscal year</source>
            <translation>ปีงบประมาณ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Segment</source>
            <translation>กลุ่มผู้รับบริการ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Questions</source>
            <translation>จำนวนข้อคำถาม</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Responses</source>
            <translation>จำนวนผู้ตอบ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean score</source>
            <translation>ค่าเฉลี่ย</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Percent</source>
            <translation>ร้อยละ</translation>
        </message>
    </context>
    <context>
        <name>SurveysTab</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/surveys_tab.py" line="+20" />
            <source>Surveys</source>
            <translation>แบบสำรวจ</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search by title or segment</source>
            <translation>ค้นหาตามชื่อแบบสำรวจหรือกลุ่มผู้รับบริการ</translation>
        </message>
    </context>
    <context>
        <name>TableCheck</name>
        <message>
            <location filename="../src/vocdesk/io/table_spec.py" line="+77" />
            <source>Row {row}: {problem}</source>
            <translation>แถว {row}: {problem}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Row {row}, column {column}: {problem}</source>
            <translation>แถว {row} คอลัมน์ {column}: {problem}</translation>
        </message>
        <message>
            <location line="+54" />
            <source>there is no column “{header}” (or “{header_th}”).</source>
            <translation>ไม่มีคอลัมน์ “{header}” (หรือ “{header_th}”)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file has a heading row but no data rows.</source>
            <translation>ไฟล์มีแถวหัวคอลัมน์ แต่ไม่มีแถวข้อมูล</translation>
        </message>
        <message>
            <location line="+14" />
            <source>“{header}” is required.</source>
            <translation>ต้องกรอก “{header}”</translation>
        </message>
        <message>
            <location line="+38" />
            <source>… and {count} more problems.</source>
            <translation>… และปัญหาอื่นอีก {count} รายการ</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was imported: {path} has {count} problems. Correct them and import the whole file again.
{problems}</source>
            <translation>ยังไม่ได้นำเข้าข้อมูลใด ๆ: ไฟล์ {path} มีปัญหา {count} รายการ ให้แก้ไขแล้วนำเข้าทั้งไฟล์อีกครั้ง
{problems}</translation>
        </message>
        <message>
            <location filename="../src/vocdesk/services/holidays.py" line="+39" />
            <source>{value} is already listed on row {first_row}.</source>
            <translation>{value} มีอยู่แล้วในแถว {first_row}</translation>
        </message>
        <message>
            <location filename="../src/vocdesk/services/complaints_transfer.py" line="+100" />
            <source>the case number {value} is already on row {first_row}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <location filename="../src/vocdesk/io/table_file.py" line="+113" />
            <source>The table has {count} rows, more than an Excel sheet can hold. Search to show fewer rows, or export as CSV.</source>
            <translation>ตารางนี้มี {count} แถว มากกว่าที่แผ่นงาน Excel จะรองรับได้ กรุณาค้นหาเพื่อลดจำนวนแถว หรือส่งออกเป็น CSV</translation>
        </message>
        <message>
            <location line="-57" />
            <location line="+36" />
            <source>The file {path} could not be written: {reason}</source>
            <translation>ไม่สามารถบันทึกไฟล์ {path} ได้: {reason}</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../src/vocdesk/ui/tasks.py" line="+193" />
            <source>Working</source>
            <translation>กำลังดำเนินการ</translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <location filename="../src/vocdesk/ui/models/timeline_model.py" line="+18" />
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback</source>
            <translation>ข้อมูลป้อนกลับ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation>ข้อร้องเรียน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey response</source>
            <translation>การตอบแบบสำรวจ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>When</source>
            <translation>วันเวลา</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Event</source>
            <translation>เหตุการณ์</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference</source>
            <translation>เลขอ้างอิง</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type or status</source>
            <translation>ประเภทหรือสถานะ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Summary</source>
            <translation>สรุป</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Details</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Channel</source>
            <translation>ช่องทาง</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <location filename="../src/vocdesk/ui/tabs/timeline_tab.py" line="+104" />
            <source>Choose a person or organisation on the left.</source>
            <translation>เลือกบุคคลหรือหน่วยงาน/องค์กรทางด้านซ้าย</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Timeline of {name} ({organisation})</source>
            <translation>ไทม์ไลน์ความสัมพันธ์ของ {name} ({organisation})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timeline of {name}</source>
            <translation>ไทม์ไลน์ความสัมพันธ์ของ {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Timeline</source>
            <translation>ไทม์ไลน์ความสัมพันธ์</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Find a person or organisation</source>
            <translation>ค้นหาบุคคลหรือหน่วยงาน/องค์กร</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search this timeline</source>
            <translation>ค้นหาในไทม์ไลน์นี้</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <location filename="../src/vocdesk/services/transfer.py" line="+89" />
            <source>Stakeholders</source>
            <translation>ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Listening log</source>
            <translation>บันทึกการรับฟัง</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation>ข้อร้องเรียน</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays</source>
            <translation>วันหยุดราชการ</translation>
        </message>
        <message>
            <location line="+11" />
            <source>“{kind}” cannot be imported or exported; known kinds: {kinds}.</source>
            <translation>นำเข้าหรือส่งออก “{kind}” ไม่ได้ ชนิดที่รองรับ: {kinds}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Importing and exporting “{kind}” is not available in this version yet.</source>
            <translation>รุ่นนี้ยังนำเข้าและส่งออก “{kind}” ไม่ได้</translation>
        </message>
        <message>
            <location line="+77" />
            <source>“{column}” takes no value mapping; these columns do: {columns}.</source>
            <translation>คอลัมน์ “{column}” ไม่รับการจับคู่ค่า คอลัมน์ที่รับได้คือ: {columns}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{text}” cannot become “{value}” in “{column}”: write one of {values}.</source>
            <translation>แปลง “{text}” เป็น “{value}” ในคอลัมน์ “{column}” ไม่ได้ ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: {values}</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../src/vocdesk/domain/phone.py" line="+52" />
            <source>Enter a phone number.</source>
            <translation>กรุณาระบุหมายเลขโทรศัพท์</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{value}” is not a Thai number: it must start with +66.</source>
            <translation>“{value}” ไม่ใช่หมายเลขของประเทศไทย ต้องขึ้นต้นด้วย +66</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A phone number may contain only digits, spaces, dashes, brackets and a leading +66; “{value}” has other characters.</source>
            <translation>หมายเลขโทรศัพท์มีได้เฉพาะตัวเลข ช่องว่าง ขีด วงเล็บ และ +66 นำหน้า แต่ “{value}” มีอักขระอื่น</translation>
        </message>
        <message>
            <location line="+38" />
            <source>“{value}” is not a valid phone number: {code} is not a Thai area code.</source>
            <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง: {code} ไม่ใช่รหัสพื้นที่ของประเทศไทย</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{value}” is not a valid Thai phone number. Use 10 digits for a mobile (08x xxx xxxx), 9 digits for a landline (02 xxx xxxx) or a 4-digit hotline (1111).</source>
            <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์ไทยที่ถูกต้อง ใช้ 10 หลักสำหรับโทรศัพท์มือถือ (08x xxx xxxx) 9 หลักสำหรับโทรศัพท์พื้นฐาน (02 xxx xxxx) หรือ 4 หลักสำหรับสายด่วน (1111)</translation>
        </message>
        <message>
            <location filename="../src/vocdesk/domain/thai_id.py" line="+52" />
            <source>Enter the 13-digit national ID number.</source>
            <translation>กรุณาระบุเลขประจำตัวประชาชน 13 หลัก</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A national ID may contain only digits, spaces and dashes, not “{char}”.</source>
            <translation>เลขประจำตัวประชาชนมีได้เฉพาะตัวเลข ช่องว่าง และขีด ไม่ใช่ “{char}”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A national ID has 13 digits; this one has {count}.</source>
            <translation>เลขประจำตัวประชาชนมี 13 หลัก แต่เลขนี้มี {count} หลัก</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The national ID {id} is not valid: its last digit should be {expected}, not {actual}. Check for a typing mistake.</source>
            <translation>เลขประจำตัวประชาชน {id} ไม่ถูกต้อง: หลักสุดท้ายควรเป็น {expected} ไม่ใช่ {actual} กรุณาตรวจสอบการพิมพ์</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The national ID {id} starts with 0. Such numbers belong to persons without Thai registration status; check that it was typed correctly.</source>
            <translation>เลขประจำตัวประชาชน {id} ขึ้นต้นด้วย 0 ซึ่งเป็นเลขของบุคคลที่ไม่มีสถานะทางทะเบียนราษฎรไทย กรุณาตรวจสอบว่าพิมพ์ถูกต้อง</translation>
        </message>
    </context>
</TS>
