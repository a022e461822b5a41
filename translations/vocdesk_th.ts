<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>ActivityKind</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="+144"/>
        <source>Meeting</source>
        <extracomment>ประชุม</extracomment>
        <translation>ประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone call</source>
        <extracomment>โทรศัพท์</extracomment>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <extracomment>เยี่ยมเยียน</extracomment>
        <translation>เยี่ยมเยียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <extracomment>อีเมล</extracomment>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <extracomment>กิจกรรม</extracomment>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <extracomment>บันทึก</extracomment>
        <translation>บันทึก</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <extracomment>สร้าง</extracomment>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <extracomment>แก้ไข</extracomment>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <extracomment>ลบ</extracomment>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged</source>
        <extracomment>รวมรายการ</extracomment>
        <translation>รวมรายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <extracomment>จัดเก็บเข้าคลัง</extracomment>
        <translation>เก็บถาวร</translation>
    </message>
</context>
<context>
    <name>BuddhistCalendar</name>
    <message>
        <location filename="../src/vocdesk/ui/widgets/be_date_edit.py" line="+186"/>
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
        <location line="+172"/>
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
    <name>ComplaintStatus</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="-46"/>
        <source>Received</source>
        <extracomment>รับเรื่อง</extracomment>
        <translation>รับเรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <extracomment>ตรวจสอบ/คัดกรอง</extracomment>
        <translation>ตรวจสอบ/คัดกรอง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <extracomment>กำลังดำเนินการ</extracomment>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarded</source>
        <extracomment>ส่งต่อหน่วยงาน</extracomment>
        <translation>ส่งต่อหน่วยงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co-handled</source>
        <extracomment>ร่วมดำเนินการ</extracomment>
        <translation>ร่วมดำเนินการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the complainant</source>
        <extracomment>รอข้อมูลจากผู้ร้อง</extracomment>
        <translation>รอข้อมูลจากผู้ร้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved, result notified</source>
        <extracomment>แจ้งผลผู้ร้องแล้ว</extracomment>
        <translation>แจ้งผลผู้ร้องแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <extracomment>ยุติเรื่อง</extracomment>
        <translation>ยุติเรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected / not relevant</source>
        <extracomment>ไม่รับพิจารณา/ไม่เกี่ยวข้อง</extracomment>
        <translation>ไม่รับพิจารณา/ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <extracomment>ถอนเรื่อง</extracomment>
        <translation>ถอนเรื่อง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened</source>
        <extracomment>เปิดเรื่องใหม่</extracomment>
        <translation>เปิดเรื่องใหม่</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/vocdesk/db/migrate.py" line="+69"/>
        <source>This database was written by a newer version of VocDesk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>ฐานข้อมูลนี้สร้างโดย VocDesk รุ่นที่ใหม่กว่า (โครงสร้าง {revision}) กรุณาติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิดใช้งาน ข้อมูลไม่ได้ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/services/database.py" line="+68"/>
        <source>Only a local database file can be backed up here.</source>
        <translation>สำรองข้อมูลที่นี่ได้เฉพาะไฟล์ฐานข้อมูลในเครื่องเท่านั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>ไม่สามารถบันทึกไฟล์สำรองข้อมูลไปที่ {path} ได้: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no database file at {path}.</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลที่ {path}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The database {path} is in use by another program (locked). Close the other program and try again.</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอื่น (ถูกล็อก) กรุณาปิดโปรแกรมนั้นแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {path} is not a VocDesk database or is damaged. Open another file or restore a backup.</source>
        <translation>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ VocDesk หรือไฟล์เสียหาย กรุณาเปิดไฟล์อื่นหรือกู้คืนจากไฟล์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} could not be opened: {reason}</source>
        <translation>ไม่สามารถเปิดฐานข้อมูล {path} ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../src/vocdesk/domain/thai_dates.py" line="+124"/>
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
    <name>Errors</name>
    <message>
        <location filename="../src/vocdesk/ui/errors.py" line="+58"/>
        <source>Something went wrong and this could not be finished. Please try again.</source>
        <translation>เกิดข้อผิดพลาด ทำรายการนี้ไม่สำเร็จ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong and this could not be finished. The details were saved in the log file:
{path}
Please try again, and if it happens again send that file to your IT support.</source>
        <translation>เกิดข้อผิดพลาด ทำรายการนี้ไม่สำเร็จ รายละเอียดถูกบันทึกไว้ในไฟล์บันทึกการทำงาน:
{path}
กรุณาลองอีกครั้ง หากยังเกิดขึ้นอีก กรุณาส่งไฟล์นั้นให้ฝ่ายสนับสนุนด้านไอที</translation>
    </message>
</context>
<context>
    <name>FeedbackType</name>
    <message>
        <location filename="../src/vocdesk/ui/labels.py" line="-52"/>
        <source>Need</source>
        <extracomment>ความต้องการ</extracomment>
        <translation>ความต้องการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expectation</source>
        <extracomment>ความคาดหวัง</extracomment>
        <translation>ความคาดหวัง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <extracomment>ข้อเสนอแนะ</extracomment>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliment</source>
        <extracomment>คำชมเชย</extracomment>
        <translation>คำชมเชย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inquiry</source>
        <extracomment>ข้อสอบถาม</extracomment>
        <translation>ข้อสอบถาม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <extracomment>ข้อร้องเรียน</extracomment>
        <translation>ข้อร้องเรียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <extracomment>อื่น ๆ</extracomment>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>LifecycleStage</name>
    <message>
        <location line="-20"/>
        <source>Before the service</source>
        <extracomment>ก่อนรับบริการ</extracomment>
        <translation>ก่อนรับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During the service</source>
        <extracomment>ระหว่างรับบริการ</extracomment>
        <translation>ระหว่างรับบริการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the service</source>
        <extracomment>หลังรับบริการ</extracomment>
        <translation>หลังรับบริการ</translation>
    </message>
</context>
<context>
    <name>PartyType</name>
    <message>
        <location line="-18"/>
        <source>Person</source>
        <extracomment>บุคคล</extracomment>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <extracomment>หน่วยงาน/องค์กร</extracomment>
        <translation>หน่วยงาน/องค์กร</translation>
    </message>
</context>
<context>
    <name>PeriodKind</name>
    <message>
        <location line="+102"/>
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
    <name>Priority</name>
    <message>
        <location line="-128"/>
        <source>High</source>
        <extracomment>สูง</extracomment>
        <translation>สูง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <extracomment>ปานกลาง</extracomment>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <extracomment>ต่ำ</extracomment>
        <translation>ต่ำ</translation>
    </message>
</context>
<context>
    <name>SegmentKind</name>
    <message>
        <location line="-10"/>
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
    <name>Sentiment</name>
    <message>
        <location line="+60"/>
        <source>Positive</source>
        <extracomment>เชิงบวก</extracomment>
        <translation>เชิงบวก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Neutral</source>
        <extracomment>เป็นกลาง</extracomment>
        <translation>เป็นกลาง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative</source>
        <extracomment>เชิงลบ</extracomment>
        <translation>เชิงลบ</translation>
    </message>
</context>
<context>
    <name>StakeholderKind</name>
    <message>
        <location line="-52"/>
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
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <extracomment>ภาคีเครือข่าย</extracomment>
        <translation>ภาคีเครือข่าย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparator</source>
        <extracomment>คู่เทียบ</extracomment>
        <translation>คู่เทียบ</translation>
    </message>
</context>
<context>
    <name>StakeholderStatus</name>
    <message>
        <location line="+10"/>
        <source>Current</source>
        <extracomment>ปัจจุบัน</extracomment>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential</source>
        <extracomment>ในอนาคต (ผู้ที่อาจมารับบริการ)</extracomment>
        <translation>ที่มีศักยภาพ (ในอนาคต)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Former</source>
        <extracomment>ในอดีต</extracomment>
        <translation>ในอดีต</translation>
    </message>
</context>
<context>
    <name>SurveyKind</name>
    <message>
        <location line="+36"/>
        <source>Satisfaction</source>
        <extracomment>ความพึงพอใจ</extracomment>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engagement</source>
        <extracomment>ความผูกพัน</extracomment>
        <translation>ความผูกพัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissatisfaction</source>
        <extracomment>ความไม่พึงพอใจ</extracomment>
        <translation>ความไม่พึงพอใจ</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../src/vocdesk/ui/tasks.py" line="+189"/>
        <source>Working</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../src/vocdesk/domain/phone.py" line="+52"/>
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
        <location line="+38"/>
        <source>“{value}” is not a valid phone number: {code} is not a Thai area code.</source>
        <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง: {code} ไม่ใช่รหัสพื้นที่ของประเทศไทย</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{value}” is not a valid Thai phone number. Use 10 digits for a mobile (08x xxx xxxx), 9 digits for a landline (02 xxx xxxx) or a 4-digit hotline (1111).</source>
        <translation>“{value}” ไม่ใช่หมายเลขโทรศัพท์ไทยที่ถูกต้อง ใช้ 10 หลักสำหรับโทรศัพท์มือถือ (08x xxx xxxx) 9 หลักสำหรับโทรศัพท์พื้นฐาน (02 xxx xxxx) หรือ 4 หลักสำหรับสายด่วน (1111)</translation>
    </message>
    <message>
        <location filename="../src/vocdesk/domain/thai_id.py" line="+52"/>
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
        <location line="+9"/>
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
