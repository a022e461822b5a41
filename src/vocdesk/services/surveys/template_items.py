"""The items of the built-in survey templates, Thai as the sources print them, with English.

Sources (``../shared/data/thai_satisfaction_form_items.csv``):

- [F] Department of Fisheries' questionnaire (https://issuu.com/thaijsp/docs/questionnaire-2013),
  Part 1, about the respondent. The source asks the age in years; the template asks the age band,
  as results are reported by band. Its occupation list is cut after six answers in the source;
  "other" closes it here.
- [E] eSaraban satisfaction poll (http://mypoll.esarabanplus.com/index.php): process 1-6 and
  staff 1-3, 5 levels. The source cuts staff item 3 short; it reads here as in full forms.
- [G] A provincial office's Google Form (docs.google.com/forms/...BEfVx8c3nA): staff knowledge,
  discipline and numbers, facilities; 5 levels มากที่สุด ... น้อยที่สุด.
- [M] Thailand Medical Hub's form (https://thailandmedicalhub.net/survey): the notice of steps
  and times (1.5), filed here under facilities as several agencies' forms do.

The overall item, the engagement, NPS and dissatisfaction items and the closing questions follow
the wording of Thai agencies' forms but are not from one source.
"""

from __future__ import annotations

PROFILE_SECTION = ("ส่วนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม", "Part 1: about the respondent")

# (code, number, profile field, (Thai, English), answers: (Thai, English, segment code or ""))
PROFILE_QUESTIONS: list[tuple[str, str, str, tuple[str, str], list[tuple[str, str, str]]]] = [
    ("P1", "1.1", "respondent_kind", ("ประเภทของผู้ตอบแบบสอบถาม", "Respondent"), [  # [F] 1
        ("ผู้รับบริการ", "Service recipient", ""),
        ("ผู้มีส่วนได้ส่วนเสีย", "Stakeholder", ""),
    ]),
    ("P2", "1.2", "segment", ("ประเภทของผู้รับบริการ", "Kind of service recipient"), [  # [F] 2
        ("ประชาชนทั่วไป", "General public", "general_public"),
        ("หน่วยงานราชการ", "Government agency", "government"),
        ("รัฐวิสาหกิจ", "State enterprise", "government"),
        ("ห้างหุ้นส่วน/บริษัทเอกชน", "Partnership or private company", "business"),
        ("อื่น ๆ", "Other", ""),
    ]),
    ("P3", "1.3", "sex", ("เพศ", "Sex"), [  # [F] 3
        ("ชาย", "Male", ""),
        ("หญิง", "Female", ""),
    ]),
    ("P4", "1.4", "age_band", ("อายุ", "Age"), [  # [F] 4, asked by band
        ("ต่ำกว่า 20 ปี", "Under 20", ""),
        ("20–29 ปี", "20–29", ""),
        ("30–39 ปี", "30–39", ""),
        ("40–49 ปี", "40–49", ""),
        ("50–59 ปี", "50–59", ""),
        ("60 ปีขึ้นไป", "60 or over", ""),
    ]),
    ("P5", "1.5", "education", ("ระดับการศึกษา", "Education"), [  # [F] 5
        ("ต่ำกว่าปริญญาตรี", "Below a bachelor's degree", ""),
        ("ปริญญาตรี", "Bachelor's degree", ""),
        ("ปริญญาโท", "Master's degree", ""),
        ("ปริญญาเอก", "Doctorate", ""),
    ]),
    ("P6", "1.6", "occupation", ("อาชีพ", "Occupation"), [  # [F] 6
        ("ข้าราชการ/พนักงานรัฐวิสาหกิจ/เจ้าหน้าที่ของรัฐ", "Civil servant or state employee", ""),
        ("พนักงาน/ลูกจ้างเอกชน", "Private-sector employee", ""),
        ("ค้าขาย/ประกอบธุรกิจส่วนตัว", "Trader or own business", ""),
        ("เกษตรกร", "Farmer", ""),
        ("รับจ้างทั่วไป", "Casual worker", ""),
        ("นักเรียน/นักศึกษา", "Student", ""),
        ("อื่น ๆ", "Other", ""),
    ]),
]  # fmt: skip

_PROCESS = "ส่วนที่ 2 ความพึงพอใจ: ด้านกระบวนการ / ขั้นตอนการให้บริการ"
_STAFF = "ส่วนที่ 2 ความพึงพอใจ: ด้านเจ้าหน้าที่ / บุคลากรผู้ให้บริการ"
_FACILITIES = "ส่วนที่ 2 ความพึงพอใจ: ด้านสิ่งอำนวยความสะดวก"
_OVERALL = "ส่วนที่ 2 ความพึงพอใจ: ภาพรวม"

# (number, section, dimension, Thai, English)
SATISFACTION_ITEMS: list[tuple[str, str, str, str, str]] = [
    ("2.1.1", _PROCESS, "process", "ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน และมีความคล่องตัว",
     "The steps of the service are simple and flexible"),  # [E] 1.1
    ("2.1.2", _PROCESS, "process", "ความรวดเร็วในการให้บริการ", "Speed of the service"),  # [E] 1.2
    ("2.1.3", _PROCESS, "process", "ความชัดเจนในการอธิบาย ชี้แจง และแนะนำขั้นตอนในการให้บริการ",
     "Clear explanation of and guidance through the steps"),  # [E] 1.3
    ("2.1.4", _PROCESS, "process",
     "ความเป็นธรรมของขั้นตอน วิธีการให้บริการ (เรียงตามลำดับก่อนหลังมี ความเสมอภาคเท่าเทียมกัน)",
     "Fair procedures (first come, first served; everyone treated equally)"),  # [E] 1.4
    ("2.1.5", _PROCESS, "process", "ความสะดวกที่ได้รับจากการบริการแต่ละขั้นตอน",
     "Convenience of each step of the service"),  # [E] 1.5
    ("2.1.6", _PROCESS, "process", "ระยะเวลาการให้บริการมีความเหมาะสมตรงต่อความต้องการของ ผู้รับบริการ",
     "The time the service takes suits the recipient's needs"),  # [E] 1.6
    ("2.2.1", _STAFF, "staff",
     "ความสุภาพ กิริยามารยาทของเจ้าหน้าที่ผู้ให้บริการ (เป็นมิตร / มีรอยยิ้ม/อัธยาศัยดี)",
     "Courtesy and manners of the staff (friendly, smiling, kind)"),  # [E] 2.1
    ("2.2.2", _STAFF, "staff",
     "ความเหมาะสมในการแต่งกาย บุคลิก ลักษณะท่าทางของเจ้าหน้าที่ผู้ให้บริการ (แต่งกายสุภาพ เรียบร้อย)",
     "Appropriate dress and bearing of the staff (neat and polite)"),  # [E] 2.2
    ("2.2.3", _STAFF, "staff",
     "ความเอาใจใส่ กระตือรือร้น มีความเต็มใจ และความพร้อมในการให้บริการของเจ้าหน้าที่",
     "Attentive, eager, willing and ready staff"),  # [E] 2.3
    ("2.2.4", _STAFF, "staff", "เจ้าหน้าที่มีความรู้ ความสามารถ และเหมาะสมกับงานที่ปฏิบัติอยู่",
     "Staff have the knowledge and skills their work needs"),  # [G] 3
    ("2.2.5", _STAFF, "staff", "เจ้าหน้าที่รักษาวินัยในการปฏิบัติหน้าที่",
     "Staff are disciplined in their duties"),  # [G] 7
    ("2.3.1", _FACILITIES, "facilities",
     "มีสิ่งอำนวยความสะดวกสำหรับผู้มาติดต่อราชการเพียงพอ เช่น เก้าอี้/น้ำดื่ม ฯลฯ",
     "Enough facilities for visitors, such as seats and drinking water"),  # [G] 8
    ("2.3.2", _FACILITIES, "facilities",
     "มีการติดประกาศหรือแจ้งข้อมูลเกี่ยวกับการให้บริการ เช่น ประกาศขั้นตอนและระยะเวลาการให้บริการที่ชัดเจน",
     "Notices about the service, such as clear steps and times, are posted"),  # [M] 1.5
    ("2.3.3", _FACILITIES, "facilities", "มีเจ้าหน้าที่ให้บริการเพียงพอ",
     "There are enough staff to serve"),  # [G] 6
    ("2.4", _OVERALL, "overall", "ความพึงพอใจต่อการให้บริการในภาพรวม",
     "Overall satisfaction with the service"),
]  # fmt: skip

SUGGESTION_SECTION = "ส่วนที่ 3 ข้อเสนอแนะ"
SUGGESTION = ("ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ", "Suggestions to improve the service")

ENGAGEMENT_SECTION = "ส่วนที่ 2 ความผูกพันต่อหน่วยงาน"
ENGAGEMENT_ITEMS: list[tuple[str, str, str, str, str]] = [
    ("2.1", ENGAGEMENT_SECTION, "trust", "ท่านเชื่อมั่นในการปฏิบัติงานของหน่วยงาน",
     "You trust the agency's work"),
    ("2.2", ENGAGEMENT_SECTION, "trust", "ท่านเชื่อมั่นว่าหน่วยงานให้บริการอย่างซื่อสัตย์ โปร่งใส เป็นธรรม",
     "You trust the agency to serve honestly, openly and fairly"),
    ("2.3", ENGAGEMENT_SECTION, "trust", "ท่านรู้สึกว่าหน่วยงานรับฟังและนำความคิดเห็นไปปรับปรุง",
     "You feel the agency listens and acts on what it hears"),
    ("2.4", ENGAGEMENT_SECTION, "loyalty", "ท่านจะกลับมาใช้บริการของหน่วยงานอีก",
     "You would use the agency's services again"),
    ("2.5", ENGAGEMENT_SECTION, "loyalty", "ท่านยินดีแนะนำบริการของหน่วยงานให้ผู้อื่น",
     "You would recommend the agency's services to others"),
    ("2.6", ENGAGEMENT_SECTION, "loyalty", "ท่านพร้อมให้ความร่วมมือในกิจกรรมของหน่วยงาน",
     "You are ready to take part in the agency's activities"),
]  # fmt: skip
NPS_QUESTION = (
    "ท่านมีแนวโน้มจะแนะนำบริการของหน่วยงานให้ญาติหรือเพื่อนมากน้อยเพียงใด (0 = ไม่แนะนำเลย, 10 = แนะนำอย่างยิ่ง)",
    "How likely are you to recommend the agency's services to a friend or relative "
    "(0 = not at all, 10 = extremely likely)?",
)

DISSATISFACTION_SECTION = "ส่วนที่ 2 ความไม่พึงพอใจต่อการให้บริการ"
DISSATISFIED_EVER = (
    ("ในรอบปีที่ผ่านมา ท่านเคยไม่พึงพอใจการให้บริการของหน่วยงานหรือไม่",
     "In the past year, were you ever dissatisfied with the agency's service?"),
    [("เคย", "Yes"), ("ไม่เคย", "No")],
)  # fmt: skip
DISSATISFIED_WHERE = (
    ("เรื่องที่ท่านไม่พึงพอใจ (ตอบได้มากกว่า 1 ข้อ)",
     "What were you dissatisfied with (tick all that apply)?"),
    [("ขั้นตอนยุ่งยาก ซับซ้อน", "Complicated steps"),
     ("ให้บริการล่าช้า รอนาน", "Slow service, long waits"),
     ("เจ้าหน้าที่ไม่สุภาพ ไม่เอาใจใส่", "Impolite or inattentive staff"),
     ("ข้อมูลไม่ชัดเจน ไม่ครบถ้วน", "Unclear or incomplete information"),
     ("สิ่งอำนวยความสะดวกไม่เพียงพอ", "Too few facilities"),
     ("ช่องทางติดต่อไม่สะดวก", "Inconvenient channels"),
     ("อื่น ๆ", "Other")],
)  # fmt: skip
COMPLAINED = (
    ("ท่านได้แจ้งข้อร้องเรียนต่อหน่วยงานหรือไม่", "Did you complain to the agency?"),
    [("แจ้งแล้ว และได้รับการแก้ไข", "Yes, and it was resolved"),
     ("แจ้งแล้ว แต่ยังไม่ได้รับการแก้ไข", "Yes, but it was not resolved"),
     ("ไม่ได้แจ้ง", "No")],
)  # fmt: skip
_DISSATISFACTION_RATED = "ส่วนที่ 3 ระดับความพึงพอใจในเรื่องที่มักไม่พึงพอใจ"
DISSATISFACTION_ITEMS: list[tuple[str, str, str, str, str]] = [
    ("3.1", _DISSATISFACTION_RATED, "process", "ระยะเวลารอคอยในการรับบริการ",
     "Waiting time for the service"),  # [M] 1.7
    ("3.2", _DISSATISFACTION_RATED, "process", "ความรวดเร็วในการให้บริการ", "Speed of the service"),
    ("3.3", _DISSATISFACTION_RATED, "staff", "ความเอาใจใส่ของเจ้าหน้าที่ผู้ให้บริการ",
     "Attentiveness of the staff"),
    ("3.4", _DISSATISFACTION_RATED, "channels", "ความสะดวกของช่องทางการติดต่อและการให้บริการ",
     "Convenience of the contact and service channels"),
    ("3.5", _DISSATISFACTION_RATED, "service_quality", "การแก้ไขปัญหาหรือข้อร้องเรียนของผู้รับบริการ",
     "How problems and complaints are put right"),
]  # fmt: skip
IMPROVE_FIRST = (
    "เรื่องที่หน่วยงานควรปรับปรุงเป็นอันดับแรก",
    "What the agency should improve first",
)
