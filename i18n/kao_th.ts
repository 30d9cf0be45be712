<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="63" />
        <source>About Kao</source>
        <translation>เกี่ยวกับก้าว</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="64" />
        <source>Kao %1</source>
        <translation>ก้าว %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="66" />
        <source>Offline self-assessment of an agency's digital-government maturity. Built with Qt for Python (PySide6 %1, LGPL-3.0), ReportLab (BSD), HarfBuzz (MIT), ICU (Unicode licence), SQLite (public domain) and sqlite-utils (Apache-2.0).</source>
        <translation>โปรแกรมประเมินตนเองด้านระดับการพัฒนาสู่รัฐบาลดิจิทัลของหน่วยงาน ใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต พัฒนาด้วย Qt for Python (PySide6 %1, LGPL-3.0), ReportLab (BSD), HarfBuzz (MIT), ICU (Unicode licence), SQLite (สาธารณสมบัติ) และ sqlite-utils (Apache-2.0)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="69" />
        <source>Components included with Kao</source>
        <translation>ส่วนประกอบที่มากับก้าว</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="72" />
        <source>Each component below comes with its licence; the full texts are in the licences folder.</source>
        <translation>ส่วนประกอบแต่ละรายการด้านล่างมาพร้อมสัญญาอนุญาตของตน ข้อความฉบับเต็มอยู่ในโฟลเดอร์สัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="73" />
        <source>Kao is running from its source code: the list of components and their licence texts is in the built app, in its licences folder.</source>
        <translation>ขณะนี้ก้าวทำงานจากซอร์สโค้ด รายการส่วนประกอบและข้อความสัญญาอนุญาตมีอยู่ในโปรแกรมฉบับติดตั้ง ในโฟลเดอร์สัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="75" />
        <source>Components and their licences</source>
        <translation>ส่วนประกอบและสัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="76" />
        <source>Open licences folder</source>
        <translation>เปิดโฟลเดอร์สัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="77" />
        <source>Only the built app has a licences folder.</source>
        <translation>โฟลเดอร์สัญญาอนุญาตมีเฉพาะในโปรแกรมฉบับติดตั้ง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="78" />
        <source>The Sarabun font: SIL Open Font License 1.1</source>
        <translation>ฟอนต์สารบรรณ (Sarabun): สัญญาอนุญาต SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="79" />
        <source>Licence text</source>
        <translation>ข้อความสัญญาอนุญาต</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="85" />
        <source>No program on this computer opens folders. The licences are in: %1</source>
        <translation>เครื่องนี้ไม่มีโปรแกรมสำหรับเปิดโฟลเดอร์ สัญญาอนุญาตอยู่ที่: %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="86" />
        <source>Cannot open the licences folder</source>
        <translation>เปิดโฟลเดอร์สัญญาอนุญาตไม่ได้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/about_dialog.py" line="89" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="151" />
        <source>The profile was not saved: %1</source>
        <translation>ยังไม่ได้บันทึกข้อมูลหน่วยงาน: %1</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="158" />
        <source>Agency profile</source>
        <translation>ข้อมูลหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="158" />
        <source>New agency</source>
        <translation>เพิ่มหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="159" />
        <source>Fields marked * are required. The province is chosen from the list, so the central office can group results correctly.</source>
        <translation>ช่องที่มีเครื่องหมาย * ต้องกรอก จังหวัดให้เลือกจากรายการ เพื่อให้ส่วนกลางจัดกลุ่มผลการประเมินได้ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="162" />
        <source>Agency code *</source>
        <translation>รหัสหน่วยงาน *</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="162" />
        <source>Name in Thai *</source>
        <translation>ชื่อภาษาไทย *</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="163" />
        <source>Name in English</source>
        <translation>ชื่อภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="163" />
        <source>Agency type *</source>
        <translation>ประเภทหน่วยงาน *</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="164" />
        <source>Ministry</source>
        <translation>กระทรวง</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="164" />
        <source>Department</source>
        <translation>กรม</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="165" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="165" />
        <source>Contact person</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="172" />
        <source>e.g. 0801</source>
        <translation>เช่น 0801</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/agency_dialog.py" line="173" />
        <source>Name, telephone, e-mail</source>
        <translation>ชื่อ โทรศัพท์ อีเมล</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../gui/assessment/page.py" line="285" />
        <source>← Assessments</source>
        <translation>← รายการแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="378" />
        <source>Back to the list of assessments (your work is saved)</source>
        <translation>กลับไปที่รายการแบบประเมิน (งานของท่านบันทึกไว้แล้ว)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="286" />
        <source>Back to the list of assessments</source>
        <translation>กลับไปที่รายการแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="289" />
        <source>Fiscal year %1 · %2 · created %3</source>
        <translation>ปีงบประมาณ %1 · %2 · สร้างเมื่อ %3</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="294" />
        <location filename="../gui/assessment/page.py" line="295" />
        <source>Assessment views</source>
        <translation>มุมมองของแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="296" />
        <source>Answer the items one by one</source>
        <translation>ตอบทีละข้อ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="297" />
        <source>What is still open before finalizing</source>
        <translation>สิ่งที่ยังต้องทำก่อนยืนยันผล</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="298" />
        <source>Score, level and the path to the next level</source>
        <translation>คะแนน ระดับ และเส้นทางสู่ระดับถัดไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="299" />
        <source>Results</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="300" />
        <source>Report…</source>
        <translation>รายงาน…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="301" />
        <source>Make the PDF report</source>
        <translation>จัดทำรายงาน PDF</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="302" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="303" />
        <source>Export the submission file</source>
        <translation>ส่งออกไฟล์สำหรับนำส่ง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="322" />
        <source>Not available yet: PDF reports come in a later version.</source>
        <translation>ยังใช้ไม่ได้: รายงาน PDF จะมีในรุ่นถัดไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="326" />
        <source>Not available yet: exporting comes in a later version.</source>
        <translation>ยังใช้ไม่ได้: การส่งออกจะมีในรุ่นถัดไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="312" />
        <source>Answer items</source>
        <translation>ตอบแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="315" />
        <source>Check (%1 open)</source>
        <translation>ตรวจสอบ (ค้าง %1 ข้อ)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="315" />
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="321" />
        <source>Make the PDF report of this assessment</source>
        <translation>จัดทำรายงาน PDF ของแบบประเมินนี้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="325" />
        <source>Write the submission file for the central office</source>
        <translation>สร้างไฟล์นำส่งสำหรับส่วนกลาง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="346" />
        <source>This assessment is in the trash and read-only. Restore it from the list to change it.</source>
        <translation>แบบประเมินนี้อยู่ในถังขยะและแก้ไขไม่ได้ หากต้องการแก้ไข ให้กู้คืนจากหน้ารายการก่อน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="350" />
        <source>Accepted by the central office: this result is final. To correct it, copy it from the list into a new draft for the same year and send that; the central office keeps the newer one.</source>
        <translation>ส่วนกลางรับผลนี้แล้ว ถือเป็นผลสุดท้าย หากต้องแก้ไข ให้คัดลอกจากหน้ารายการเป็นฉบับร่างใหม่ของปีเดียวกันแล้วส่งอีกครั้ง ส่วนกลางจะใช้ฉบับที่ใหม่กว่า</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="355" />
        <source>Status: %1. The answers are read-only; to change one, reopen the assessment and give a reason.</source>
        <translation>สถานะ: %1 คำตอบแก้ไขไม่ได้ หากต้องการแก้ไข ให้เปิดแบบประเมินอีกครั้งพร้อมระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="359" />
        <source>Reopen…</source>
        <translation>เปิดแก้ไขอีกครั้ง…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="359" />
        <source>Finalize…</source>
        <translation>ยืนยันผล…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="361" />
        <source>Make the answers editable again (a reason is required)</source>
        <translation>ทำให้แก้ไขคำตอบได้อีกครั้ง (ต้องระบุเหตุผล)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="362" />
        <source>Lock the answers once every item is answered</source>
        <translation>ล็อกคำตอบเมื่อตอบครบทุกข้อแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="365" />
        <source>Reopen the assessment</source>
        <translation>เปิดแบบประเมินเพื่อแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="365" />
        <location filename="../gui/assessment/page.py" line="477" />
        <source>Finalize the assessment</source>
        <translation>ยืนยันผลการประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="377" />
        <source>Back to the list of assessments (your latest change is not saved yet)</source>
        <translation>กลับไปที่รายการแบบประเมิน (การเปลี่ยนแปลงล่าสุดยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="383" />
        <source>Not saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="389" />
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="391" />
        <source>Saved %1</source>
        <translation>บันทึกแล้ว %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="394" />
        <source>All changes saved · last change %1</source>
        <translation>บันทึกครบแล้ว · แก้ไขล่าสุด %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="442" />
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="443" />
        <location filename="../gui/assessment/page.py" line="507" />
        <source>Your latest change could not be saved: %1.</source>
        <translation>บันทึกการเปลี่ยนแปลงล่าสุดของท่านไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="444" />
        <source>If you leave now, that change is lost.</source>
        <translation>หากออกตอนนี้ การเปลี่ยนแปลงดังกล่าวจะหายไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="446" />
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="447" />
        <source>Leave without saving</source>
        <translation>ออกโดยไม่บันทึก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="448" />
        <source>Stay</source>
        <translation>อยู่หน้านี้ต่อ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="478" />
        <source>Every item is answered. Finalizing locks the answers so that the report and the submission file show exactly these results. You can reopen it later with a reason.</source>
        <translation>ตอบครบทุกข้อแล้ว การยืนยันผลจะล็อกคำตอบ เพื่อให้รายงานและไฟล์นำส่งแสดงผลตรงตามนี้ ภายหลังสามารถเปิดแก้ไขอีกครั้งได้โดยระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="481" />
        <source>Finalize</source>
        <translation>ยืนยันผล</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="482" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="496" />
        <location filename="../gui/assessment/page.py" line="509" />
        <source>The assessment is locked</source>
        <translation>แบบประเมินนี้ถูกล็อกแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="512" />
        <source>Kao keeps trying to save it; finalize once the top of the page says it is saved.</source>
        <translation>ก้าวจะพยายามบันทึกต่อไปเอง เมื่อด้านบนของหน้าแสดงว่าบันทึกแล้ว ท่านจึงยืนยันผลได้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="515" />
        <source>The assessment was not finalized</source>
        <translation>ยังไม่ได้ยืนยันผลการประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="520" />
        <source>The assessment cannot be finalized yet</source>
        <translation>ยังยืนยันผลการประเมินไม่ได้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="522" />
        <source>Show what is missing</source>
        <translation>แสดงรายการที่ยังขาด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="516" />
        <location filename="../gui/assessment/page.py" line="523" />
        <location filename="../gui/assessment/page.py" line="539" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/page.py" line="537" />
        <source>The assessment was not reopened</source>
        <translation>ยังไม่ได้เปิดแบบประเมินเพื่อแก้ไข</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="78" />
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="79" />
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="80" />
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="81" />
        <source>Answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="82" />
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="83" />
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="84" />
        <source>Last change</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <location filename="../gui/pages/assessment_table.py" line="130" />
        <source> (deleted)</source>
        <translation> (ลบแล้ว)</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <location filename="../gui/pages/central_page.py" line="221" />
        <location filename="../gui/pages/central_page.py" line="358" />
        <source>All years</source>
        <translation>ทุกปี</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="251" />
        <source>All agencies</source>
        <translation>หน่วยงานทั้งหมด</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="253" />
        <source>(not given)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="308" />
        <source>Submissions</source>
        <comment>column: how many</comment>
        <translation>จำนวนผลที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="309" />
        <source>With all years, an agency is counted once for each year it sent a result</source>
        <translation>เมื่อเลือกทุกปี หน่วยงานที่ส่งผลมาหลายปีจะนับปีละหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="320" />
        <source>Submissions: showing %1 of %2</source>
        <translation>ผลที่ได้รับ แสดง %1 จาก %2 รายการ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="322" />
        <source>Submissions: %1 from %2 agencies</source>
        <translation>ผลที่ได้รับ %1 รายการ จาก %2 หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="324" />
        <source>Submissions: %1</source>
        <translation>ผลที่ได้รับ %1 รายการ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="327" />
        <source>%1, plus %2 replaced</source>
        <translation>%1 และฉบับเดิมที่ถูกแทนที่ %2 รายการ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="337" />
        <source>A replaced file gets no receipt: choose the file in force</source>
        <translation>ฉบับเดิมที่ถูกแทนที่แล้วออกใบตอบรับไม่ได้ โปรดเลือกฉบับที่ใช้อยู่</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="349" />
        <source>Central office: results received</source>
        <translation>ส่วนกลาง: ผลการประเมินที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="351" />
        <source>Submissions in force, one per agency and year (a newer file from the same agency replaces the older; the history is kept). Comparisons with the 2017 survey are indicative only.</source>
        <translation>ผลที่ใช้อยู่ หน่วยงานละหนึ่งฉบับต่อปี (ไฟล์ที่ใหม่กว่าจากหน่วยงานเดียวกันจะใช้แทนฉบับเดิม โดยยังเก็บประวัติไว้) การเทียบกับผลสำรวจปี 2560 ใช้อ้างอิงเท่านั้น</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="353" />
        <location filename="../gui/pages/central_page.py" line="379" />
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="354" />
        <location filename="../gui/pages/central_page.py" line="379" />
        <source>Group by</source>
        <translation>จัดกลุ่มตาม</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="355" />
        <location filename="../gui/pages/submission_table.py" line="128" />
        <source>Province</source>
        <translation>จังหวัด</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="355" />
        <source>Ministry</source>
        <translation>กระทรวง</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="355" />
        <source>Agency type</source>
        <translation>ประเภทหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="359" />
        <source>Import files…</source>
        <translation>นำเข้าไฟล์…</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="360" />
        <source>Export summary…</source>
        <translation>ส่งออกสรุปผล…</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="361" />
        <source>Save the summary as Excel (.xlsx) or CSV</source>
        <translation>บันทึกสรุปผลเป็น Excel (.xlsx) หรือ CSV</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="362" />
        <source>Report…</source>
        <translation>รายงาน…</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="363" />
        <source>Print the certificate or full report of the selected submission</source>
        <translation>พิมพ์ใบรับรองหรือรายงานฉบับเต็มของผลที่เลือก</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="364" />
        <source>Make receipt…</source>
        <translation>ออกใบตอบรับ…</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="338" />
        <source>Write a signed receipt for the selected submission, to send back</source>
        <translation>ออกใบตอบรับที่ลงนามดิจิทัลสำหรับผลที่เลือก เพื่อส่งกลับให้หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="380" />
        <source>Submissions</source>
        <translation>ผลที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="365" />
        <source>No submission files imported yet. Choose “Import files…”.</source>
        <translation>ยังไม่มีไฟล์นำส่ง เลือก “นำเข้าไฟล์…”</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="366" />
        <source>Search by agency, code, province or ministry</source>
        <translation>ค้นหาตามชื่อหน่วยงาน รหัส จังหวัด หรือกระทรวง</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="367" />
        <source>Search submissions</source>
        <translation>ค้นหาผลที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="372" />
        <source>Agency name in Thai or English, agency code, province, ministry or verification code (Ctrl+F)</source>
        <translation>พิมพ์ชื่อหน่วยงานภาษาไทยหรือภาษาอังกฤษ รหัสหน่วยงาน จังหวัด กระทรวง หรือรหัสตรวจสอบ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="375" />
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="308" />
        <source>Agencies</source>
        <translation>จำนวนหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="368" />
        <source>Show replaced files too</source>
        <translation>แสดงฉบับเดิมที่ถูกแทนที่แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="370" />
        <source>Also list the older files an agency sent for a year before a newer one replaced them. They are not counted in the figures above.</source>
        <translation>แสดงไฟล์ที่หน่วยงานเคยส่งสำหรับปีเดียวกันก่อนที่ไฟล์ที่ใหม่กว่าจะใช้แทน ไฟล์เหล่านี้ไม่นับรวมในตัวเลขด้านบน</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="375" />
        <source>Mean score</source>
        <translation>คะแนนเฉลี่ย</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="375" />
        <source>Level 1</source>
        <translation>ระดับ 1</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="375" />
        <source>Level 2</source>
        <translation>ระดับ 2</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="376" />
        <source>Level 3</source>
        <translation>ระดับ 3</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="376" />
        <source>Level 4</source>
        <translation>ระดับ 4</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="376" />
        <source>vs Thailand 2017</source>
        <translation>เทียบค่าเฉลี่ยประเทศ 2560</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="74" />
        <source>file of %1</source>
        <comment>replaced by the file sent on</comment>
        <translation>ไฟล์วันที่ %1</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="127" />
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="129" />
        <source>Year</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="130" />
        <source>Verification code</source>
        <translation>รหัสตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="131" />
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="132" />
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="133" />
        <source>Sent on</source>
        <translation>วันที่ส่ง</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="134" />
        <source>Replaced by</source>
        <translation>ถูกแทนที่โดย</translation>
    </message>
    <message>
        <location filename="../gui/pages/submission_table.py" line="140" />
        <source>Click to sort by this column; click again to reverse</source>
        <translation>คลิกเพื่อเรียงตามคอลัมน์นี้ คลิกอีกครั้งเพื่อเรียงกลับด้าน</translation>
    </message>
    <message>
        <location filename="../gui/pages/central_page.py" line="380" />
        <source>Summary by group</source>
        <translation>สรุปผลตามกลุ่ม</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <location filename="../gui/assessment/check_view.py" line="63" />
        <source>Not answered yet (%1)</source>
        <translation>ยังไม่ได้ตอบ (%1)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/check_view.py" line="64" />
        <source>Marked for review (%1)</source>
        <translation>ทำเครื่องหมายให้ทบทวน (%1)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/check_view.py" line="65" />
        <source>N/A without a reason (%1)</source>
        <translation>ไม่เกี่ยวข้องแต่ยังไม่ระบุเหตุผล (%1)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/check_view.py" line="87" />
        <source>Every item is answered and every N/A has a reason: the assessment can be finalized.</source>
        <translation>ตอบครบทุกข้อ และทุกข้อที่ไม่เกี่ยวข้องมีเหตุผลแล้ว สามารถยืนยันผลการประเมินได้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/check_view.py" line="91" />
        <source>%1 item(s) must be answered or given a reason before the assessment can be finalized. Press Enter or double-click an item to go to it.</source>
        <translation>ยังมี %1 ข้อที่ต้องตอบหรือระบุเหตุผลก่อนยืนยันผล กด Enter หรือดับเบิลคลิกที่ข้อเพื่อไปยังข้อนั้น</translation>
    </message>
    <message>
        <location filename="../gui/assessment/check_view.py" line="128" />
        <source>Check before finalizing</source>
        <translation>ตรวจสอบก่อนยืนยันผล</translation>
    </message>
    <message>
        <location filename="../gui/assessment/check_view.py" line="129" />
        <source>Items to check</source>
        <translation>ข้อที่ต้องตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../gui/dialogs/checklist_dialog.py" line="29" />
        <source>The checklist at a glance</source>
        <translation>ภาพรวมเกณฑ์การประเมิน</translation>
    </message>
</context>
<context>
    <name>ChecklistOverview</name>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="59" />
        <source>The six dimensions and their weights</source>
        <translation>มิติทั้ง 6 ด้านและน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="64" />
        <source>%1% · %2 items</source>
        <translation>%1% · %2 ข้อ</translation>
    </message>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="66" />
        <source>The four levels</source>
        <translation>ระดับการพัฒนา 4 ระดับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="56" />
        <source>Level %1: %2</source>
        <translation>ระดับ %1: %2</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../gui/crash.py" line="28" />
        <source>Kao</source>
        <translation>ก้าว</translation>
    </message>
    <message>
        <location filename="../gui/crash.py" line="38" />
        <source>Unexpected error</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด</translation>
    </message>
    <message>
        <location filename="../gui/crash.py" line="39" />
        <source>Something went wrong inside Kao. Your saved answers are safe. The details were written to the log file; please send them to your support contact.</source>
        <translation>เกิดข้อผิดพลาดภายในโปรแกรม คำตอบที่บันทึกไว้แล้วยังอยู่ครบ รายละเอียดถูกบันทึกในไฟล์บันทึก (log) โปรดส่งให้ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../gui/crash.py" line="43" />
        <source>Copy details</source>
        <translation>คัดลอกรายละเอียด</translation>
    </message>
</context>
<context>
    <name>DimensionNavigator</name>
    <message>
        <location filename="../gui/assessment/navigator.py" line="89" />
        <source>Dimensions and items</source>
        <translation>มิติและข้อประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="90" />
        <source>Choose an item to answer. Press Enter to go to its answer buttons.</source>
        <translation>เลือกข้อที่จะตอบ กด Enter เพื่อไปยังปุ่มคำตอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="101" />
        <source>Weight %1% · %2 of %3 answered</source>
        <translation>น้ำหนัก %1% · ตอบแล้ว %2 จาก %3 ข้อ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="117" />
        <location filename="../gui/assessment/navigator.py" line="122" />
        <source>not answered</source>
        <translation>ยังไม่ได้ตอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="121" />
        <source>answered</source>
        <translation>ตอบแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="123" />
        <source>N/A without a reason</source>
        <translation>ไม่เกี่ยวข้องแต่ยังไม่ระบุเหตุผล</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="127" />
        <source>marked for review</source>
        <translation>ทำเครื่องหมายให้ทบทวน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="129" />
        <source>%1 (reason missing)</source>
        <translation>%1 (ยังไม่ระบุเหตุผล)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="131" />
        <source>%1 · for review</source>
        <translation>%1 · รอทบทวน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="134" />
        <source>%1 · text not saved</source>
        <translation>%1 · ข้อความยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/navigator.py" line="135" />
        <source>the typed text is not saved yet</source>
        <translation>ข้อความที่พิมพ์ยังไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="129" />
        <source>Evidence files: %1</source>
        <translation>ไฟล์หลักฐาน: %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="185" />
        <source>%1 of these files are already attached to this item.</source>
        <translation>ไฟล์ที่เลือก %1 ไฟล์แนบไว้ในข้อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="187" />
        <source>“%1” is already attached to this item.</source>
        <translation>“%1” แนบไว้ในข้อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="189" />
        <source>“%1” has the same content as “%2”, already attached to this item.</source>
        <translation>“%1” มีเนื้อหาเดียวกับ “%2” ซึ่งแนบไว้ในข้อนี้อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="211" />
        <source>Adding evidence files…</source>
        <translation>กำลังเพิ่มไฟล์หลักฐาน…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="217" />
        <location filename="../gui/assessment/evidence_list.py" line="300" />
        <source>Add evidence files</source>
        <translation>เพิ่มไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="232" />
        <source>No program on this computer opens this kind of file. The file is kept at: %1</source>
        <translation>ไม่มีโปรแกรมในเครื่องนี้ที่เปิดไฟล์ชนิดนี้ได้ ไฟล์เก็บอยู่ที่: %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="236" />
        <source>Cannot open the evidence file</source>
        <translation>เปิดไฟล์หลักฐานไม่ได้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="239" />
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="251" />
        <source>Remove evidence</source>
        <translation>นำหลักฐานออก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="252" />
        <source>Remove “%1” from this item? The file on your computer is not touched.</source>
        <translation>นำ “%1” ออกจากข้อนี้หรือไม่? ไฟล์ต้นฉบับในเครื่องของท่านจะไม่ถูกแตะต้อง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="254" />
        <location filename="../gui/assessment/evidence_list.py" line="303" />
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="255" />
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="299" />
        <source>Add files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="301" />
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="302" />
        <source>Open the selected evidence file</source>
        <translation>เปิดไฟล์หลักฐานที่เลือก</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="304" />
        <source>Remove the selected evidence file from this item</source>
        <translation>นำไฟล์หลักฐานที่เลือกออกจากข้อนี้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/evidence_list.py" line="305" />
        <source>You can also drag files from your computer and drop them here.</source>
        <translation>สามารถลากไฟล์จากเครื่องมาวางที่นี่ได้</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../gui/exchange.py" line="38" />
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="39" />
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="86" />
        <source>Report saved</source>
        <translation>บันทึกรายงานแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="87" />
        <location filename="../gui/exchange.py" line="147" />
        <source>Saved to %1</source>
        <translation>บันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="89" />
        <source>Making the report…</source>
        <translation>กำลังจัดทำรายงาน…</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="111" />
        <source>Folder for the receipt</source>
        <translation>โฟลเดอร์สำหรับใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="119" />
        <source>Receipt saved</source>
        <translation>บันทึกใบตอบรับแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="120" />
        <source>Saved to %1

Send it back to the office: importing it marks their assessment as accepted. The first time, the office checks that it is signed by this computer's key: %2. Publish the key to the offices, or read it out when they call.</source>
        <translation>บันทึกไว้ที่ %1

ส่งกลับให้หน่วยงาน เมื่อหน่วยงานนำเข้า แบบประเมินจะมีสถานะได้รับการตอบรับ ครั้งแรกหน่วยงานจะตรวจว่าใบตอบรับลงนามด้วยกุญแจของเครื่องนี้: %2 โปรดแจ้งรหัสกุญแจนี้ให้หน่วยงานทราบ หรืออ่านให้ฟังเมื่อหน่วยงานโทรมาสอบถาม</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="132" />
        <source>Save the summary</source>
        <translation>บันทึกสรุปผล</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="134" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;CSV แบบ UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="143" />
        <source>Writing the summary…</source>
        <translation>กำลังเขียนสรุปผล…</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="146" />
        <source>Summary saved</source>
        <translation>บันทึกสรุปผลแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="165" />
        <source>Export the submission file</source>
        <translation>ส่งออกไฟล์สำหรับนำส่ง</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="166" />
        <source>The file holds the answers, notes, history and every evidence file. Check its size fits the way you will send it (e-mail, LINE, USB).</source>
        <translation>ไฟล์นี้มีคำตอบ บันทึกเพิ่มเติม ประวัติการแก้ไข และไฟล์หลักฐานทั้งหมด โปรดตรวจสอบว่าขนาดไฟล์เหมาะกับช่องทางที่จะส่ง (อีเมล LINE หรือแฟลชไดรฟ์)</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="174" />
        <source>Save the submission file</source>
        <translation>บันทึกไฟล์สำหรับนำส่ง</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="176" />
        <source>Kao submission (*.kao)</source>
        <translation>ไฟล์นำส่งของก้าว (*.kao)</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="182" />
        <source>Saved to %1

Verification code: %2
This computer's key: %3
Send the file to the central office, and read them the key when they ask to confirm it.</source>
        <translation>บันทึกไว้ที่ %1

รหัสตรวจสอบ: %2
กุญแจของเครื่องนี้: %3
ส่งไฟล์ให้ส่วนกลาง และแจ้งรหัสกุญแจนี้เมื่อส่วนกลางขอให้ยืนยัน</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="187" />
        <source>Submission file saved</source>
        <translation>บันทึกไฟล์สำหรับนำส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="191" />
        <source>Writing the submission file…</source>
        <translation>กำลังเขียนไฟล์สำหรับนำส่ง…</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="202" />
        <source>Import submission files or receipts</source>
        <translation>นำเข้าไฟล์นำส่งหรือใบตอบรับ</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="203" />
        <source>Kao files (*.kao *.kaor)</source>
        <translation>ไฟล์ของก้าว (*.kao *.kaor)</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="223" />
        <source>Checking and importing files…</source>
        <translation>กำลังตรวจสอบและนำเข้าไฟล์…</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="274" />
        <source>Cancelled: %1 files were not checked and not imported.</source>
        <translation>ยกเลิกแล้ว: มี %1 ไฟล์ที่ยังไม่ได้ตรวจและไม่ได้นำเข้า</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="280" />
        <source>Imported: %1 · already imported: %2 · rejected: %3</source>
        <translation>นำเข้าแล้ว %1 ไฟล์ · เคยนำเข้าแล้ว %2 ไฟล์ · ปฏิเสธ %3 ไฟล์</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="284" />
        <source>Receipts: %1</source>
        <translation>ใบตอบรับ %1 ไฟล์</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="288" />
        <source>… and %1 more problems</source>
        <translation>… และปัญหาอื่นอีก %1 รายการ</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="305" />
        <location filename="../gui/exchange.py" line="330" />
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="311" />
        <source>= %1: already imported</source>
        <translation>= %1: นำเข้าไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="313" />
        <source>✓ %1: %2, fiscal year %3, code %4</source>
        <translation>✓ %1: %2 ปีงบประมาณ %3 รหัส %4</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="318" />
        <source>   Older than the file in force for this agency and year: kept as history, not counted.</source>
        <translation>   ไฟล์นี้เก่ากว่าฉบับที่ใช้อยู่ของหน่วยงานนี้ในปีเดียวกัน จึงเก็บไว้เป็นประวัติ ไม่นำมาคิดผล</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="322" />
        <source>   Replaces the file this agency sent before for this year.</source>
        <translation>   ใช้แทนไฟล์ที่หน่วยงานนี้ส่งมาก่อนสำหรับปีเดียวกัน</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="325" />
        <source>   New office key recorded: %1. Confirm it with the office by phone.</source>
        <translation>   บันทึกกุญแจของหน่วยงานใหม่: %1 โปรดยืนยันกับหน่วยงานทางโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="336" />
        <source>✓ %1: receipt accepted, code %2</source>
        <translation>✓ %1: รับใบตอบรับแล้ว รหัส %2</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="338" />
        <source>Import stopped</source>
        <translation>หยุดการนำเข้าแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="339" />
        <source>Import finished</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="350" />
        <source>Accept a new office key…</source>
        <translation>ยอมรับกุญแจใหม่ของหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="352" />
        <source>Some files are signed by a key other than the one on record for their office. Accept a new key only as the office reads it out to you, for example by phone.</source>
        <translation>บางไฟล์ลงนามด้วยกุญแจที่ไม่ใช่กุญแจที่บันทึกไว้ของหน่วยงานนั้น โปรดยอมรับกุญแจใหม่เฉพาะเมื่อหน่วยงานอ่านรหัสกุญแจให้ท่านฟังแล้ว เช่น ทางโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="356" />
        <source>Confirm the central office's key…</source>
        <translation>ยืนยันกุญแจของส่วนกลาง…</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="400" />
        <source>Type the key as its owner gave it to you, for example ABCD-EFGH-JKMN-PQRS:</source>
        <translation>พิมพ์รหัสกุญแจตามที่เจ้าของกุญแจแจ้งไว้ เช่น ABCD-EFGH-JKMN-PQRS:</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="399" />
        <location filename="../gui/exchange.py" line="406" />
        <source>Accept a new key</source>
        <translation>ยอมรับกุญแจใหม่</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="358" />
        <source>A receipt is signed by a key not yet confirmed as the central office's. To accept it, type in the key the central office published.</source>
        <translation>มีใบตอบรับที่ลงนามด้วยกุญแจซึ่งยังไม่ได้ยืนยันว่าเป็นของส่วนกลาง หากจะรับ ให้พิมพ์รหัสกุญแจที่ส่วนกลางประกาศไว้</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="407" />
        <source>No file here is signed by key %1. Nothing was imported.</source>
        <translation>ไม่มีไฟล์ใดในที่นี้ที่ลงนามด้วยกุญแจ %1 จึงไม่ได้นำเข้าไฟล์ใด</translation>
    </message>
    <message>
        <location filename="../gui/exchange.py" line="277" />
        <source>Nothing was imported.</source>
        <translation>ไม่มีไฟล์ที่ถูกนำเข้า</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../gui/pages/home_page.py" line="283" />
        <location filename="../gui/pages/home_page.py" line="293" />
        <source>Copy from last year</source>
        <translation>คัดลอกจากปีที่แล้ว</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="284" />
        <source>Fiscal year (B.E.) of the new assessment. Answers are carried forward and marked for review.</source>
        <translation>ปีงบประมาณ (พ.ศ.) ของแบบประเมินใหม่ คำตอบเดิมจะถูกยกมาและทำเครื่องหมายให้ทบทวน</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="295" />
        <source>%1 already has an assessment for fiscal year %2. Make another one? (Do this to correct a result the central office has accepted: the newer submission replaces the older.)</source>
        <translation>%1 มีแบบประเมินของปีงบประมาณ %2 อยู่แล้ว ต้องการสร้างอีกฉบับหรือไม่? (ใช้กรณีแก้ไขผลที่ส่วนกลางรับแล้ว: ไฟล์นำส่งที่ใหม่กว่าจะใช้แทนฉบับเดิม)</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="324" />
        <location filename="../gui/pages/home_page.py" line="369" />
        <source>Move to trash</source>
        <translation>ย้ายไปถังขยะ</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="326" />
        <source>Move the assessment of %1, fiscal year %2, to the trash? You can restore it later.</source>
        <translation>ย้ายแบบประเมินของ %1 ปีงบประมาณ %2 ไปถังขยะหรือไม่? สามารถกู้คืนได้ภายหลัง</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="351" />
        <location filename="../gui/pages/home_page.py" line="364" />
        <source>Assessments</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="353" />
        <source>Assess your agency against the digital government maturity checklist, offline. Every answer is saved as you go.</source>
        <translation>ประเมินหน่วยงานของท่านตามเกณฑ์ระดับการพัฒนาสู่รัฐบาลดิจิทัลได้โดยไม่ต้องต่ออินเทอร์เน็ต ทุกคำตอบจะถูกบันทึกทันทีที่ตอบ</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="355" />
        <source>New assessment…</source>
        <translation>เริ่มแบบประเมินใหม่…</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="356" />
        <source>Start an assessment for an agency and fiscal year (Ctrl+N)</source>
        <translation>เริ่มประเมินหน่วยงานสำหรับปีงบประมาณหนึ่ง (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="357" />
        <source>Search by agency, code, province or year</source>
        <translation>ค้นหาตามชื่อหน่วยงาน รหัส จังหวัด หรือปี</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="358" />
        <source>Search assessments</source>
        <translation>ค้นหาแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="359" />
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="362" />
        <source>Filter by status</source>
        <translation>กรองตามสถานะ</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="363" />
        <source>Show trash</source>
        <translation>แสดงถังขยะ</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="252" />
        <source>No assessments here yet. Choose “New assessment…” to begin.</source>
        <translation>ยังไม่มีแบบประเมิน เลือก “เริ่มแบบประเมินใหม่…” เพื่อเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="248" />
        <source>No assessment matches the search or the chosen status.</source>
        <translation>ไม่พบแบบประเมินที่ตรงกับคำค้นหาหรือสถานะที่เลือก</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="250" />
        <source>The trash is empty.</source>
        <translation>ถังขยะว่างอยู่</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="366" />
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="367" />
        <source>Copy from last year…</source>
        <translation>คัดลอกจากปีที่แล้ว…</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="368" />
        <source>Start next year's assessment from this one</source>
        <translation>เริ่มแบบประเมินของปีถัดไปจากแบบประเมินนี้</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="370" />
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="371" />
        <source>Agency…</source>
        <translation>ข้อมูลหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="372" />
        <source>Edit the profile of the selected assessment's agency</source>
        <translation>แก้ไขข้อมูลหน่วยงานของแบบประเมินที่เลือก</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="373" />
        <source>Import…</source>
        <translation>นำเข้า…</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="374" />
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="376" />
        <source>Import receipts from the central office, or (at the central office) submission files</source>
        <translation>นำเข้าใบตอบรับจากส่วนกลาง หรือ (สำหรับส่วนกลาง) นำเข้าไฟล์นำส่ง</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="377" />
        <source>Write the selected finalized assessment as a signed submission file</source>
        <translation>ส่งออกแบบประเมินที่ยืนยันผลแล้วเป็นไฟล์นำส่งที่ลงนามดิจิทัล</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../gui/assessment/item_card.py" line="248" />
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="249" />
        <source>Evidence to look for</source>
        <translation>หลักฐานที่ควรมี</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="250" />
        <source>Why is this item not applicable? (required)</source>
        <translation>เหตุใดข้อนี้จึงไม่เกี่ยวข้อง (ต้องระบุ)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="251" />
        <source>Reason for N/A</source>
        <translation>เหตุผลที่ไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="252" />
        <location filename="../gui/assessment/item_card.py" line="253" />
        <source>Note</source>
        <translation>บันทึกเพิ่มเติม</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="254" />
        <source>Optional: what you found, who to ask, what is still missing</source>
        <translation>ไม่บังคับ: สิ่งที่พบ ผู้ที่ควรสอบถาม หรือสิ่งที่ยังขาด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="255" />
        <source>Mark for review</source>
        <translation>ทำเครื่องหมายให้ทบทวน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="256" />
        <source>Mark this item for review</source>
        <translation>ทำเครื่องหมายให้ทบทวนข้อนี้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="257" />
        <source>Evidence files</source>
        <translation>ไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="271" />
        <source>Item %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="272" />
        <source>Level %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="282" />
        <source>Show the English text</source>
        <translation>แสดงข้อความภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="282" />
        <source>Show the Thai text</source>
        <translation>แสดงข้อความภาษาไทย</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="286" />
        <source>Hide the English text</source>
        <translation>ซ่อนข้อความภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="286" />
        <source>Hide the Thai text</source>
        <translation>ซ่อนข้อความภาษาไทย</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="290" />
        <source>For example: %1</source>
        <translation>ตัวอย่าง: %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="297" />
        <source>%1: %2. Shortcut: key %3</source>
        <translation>%1: %2 ปุ่มลัด: กด %3</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="300" />
        <source>Answer %1</source>
        <translation>ตอบ %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="306" />
        <source>N/A is not available for this item: answer 1, 2 or 3.</source>
        <translation>ข้อนี้ตอบ “ไม่เกี่ยวข้อง” ไม่ได้ กรุณาตอบ 1, 2 หรือ 3</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="319" />
        <source>Not answered yet. Press 1, 2, 3 or 4 to answer.</source>
        <translation>ยังไม่ได้ตอบ กด 1, 2, 3 หรือ 4 เพื่อตอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="320" />
        <source>Not answered yet. Press 1, 2 or 3 to answer.</source>
        <translation>ยังไม่ได้ตอบ กด 1, 2 หรือ 3 เพื่อตอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="329" />
        <source>Without a reason this item counts as No, and the assessment cannot be finalized.</source>
        <translation>หากไม่ระบุเหตุผล ข้อนี้จะนับเป็น “ไม่ใช่” และยังยืนยันผลการประเมินไม่ได้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/item_card.py" line="370" />
        <source>A note or reason holds at most %1 characters; the rest was left out.</source>
        <translation>บันทึกหรือเหตุผลยาวได้ไม่เกิน %1 ตัวอักษร ส่วนที่เกินไม่ได้เก็บไว้</translation>
    </message>
</context>
<context>
    <name>ItemSearchDialog</name>
    <message>
        <location filename="../gui/assessment/search_dialog.py" line="88" />
        <source>Find an item</source>
        <translation>ค้นหาข้อประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/search_dialog.py" line="89" />
        <source>Item id or words from the item, in Thai or English:</source>
        <translation>รหัสข้อ หรือคำในข้อประเมิน (ภาษาไทยหรืออังกฤษ):</translation>
    </message>
    <message>
        <location filename="../gui/assessment/search_dialog.py" line="90" />
        <source>Search items</source>
        <translation>ค้นหาข้อประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/search_dialog.py" line="91" />
        <source>Matching items</source>
        <translation>ข้อที่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/search_dialog.py" line="92" />
        <source>Go to item</source>
        <translation>ไปยังข้อนี้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/search_dialog.py" line="93" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../gui/labels.py" line="12" />
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="13" />
        <source>Finalized</source>
        <translation>ยืนยันผลแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="14" />
        <source>Submitted</source>
        <translation>นำส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="15" />
        <source>Accepted</source>
        <translation>ส่วนกลางรับแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="22" />
        <source>Department</source>
        <translation>ส่วนราชการระดับกรม</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="23" />
        <source>Provincial office</source>
        <translation>ส่วนราชการระดับจังหวัด</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="24" />
        <source>Local administration</source>
        <translation>องค์กรปกครองส่วนท้องถิ่น</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="260" />
        <source>Kao: digital government self-assessment</source>
        <translation>ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="261" />
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="262" />
        <source>&amp;File</source>
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="263" />
        <source>&amp;Language</source>
        <translation>&amp;ภาษา</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="264" />
        <source>&amp;Help</source>
        <translation>&amp;วิธีใช้</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="265" />
        <source>Home</source>
        <translation>หน้าแรก</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="266" />
        <source>Back to the list of assessments (Ctrl+H)</source>
        <translation>กลับไปที่รายการแบบประเมิน (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="267" />
        <source>New assessment…</source>
        <translation>เริ่มแบบประเมินใหม่…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="268" />
        <source>Central office</source>
        <translation>ส่วนกลาง</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="269" />
        <source>Results received from agencies, by province, ministry and type</source>
        <translation>ผลการประเมินที่ได้รับจากหน่วยงาน แยกตามจังหวัด กระทรวง และประเภท</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="270" />
        <source>Settings…</source>
        <translation>ตั้งค่า…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="271" />
        <source>Quit</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="272" />
        <source>About Kao</source>
        <translation>เกี่ยวกับก้าว</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="273" />
        <source>The checklist at a glance…</source>
        <translation>ภาพรวมเกณฑ์การประเมิน…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="274" />
        <source>The six dimensions with their weights, and the four levels (F1)</source>
        <translation>หกมิติพร้อมน้ำหนัก และสี่ระดับ (F1)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="277" />
        <source>Show the program in Thai</source>
        <translation>แสดงโปรแกรมเป็นภาษาไทย</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="279" />
        <source>Show the program in English</source>
        <translation>แสดงโปรแกรมเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="101" />
        <source>Choose an agency, or add a new one first.</source>
        <translation>เลือกหน่วยงาน หรือเพิ่มหน่วยงานใหม่ก่อน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="123" />
        <source>New assessment</source>
        <translation>แบบประเมินใหม่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="124" />
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="129" />
        <source>Agency</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="125" />
        <source>New agency…</source>
        <translation>เพิ่มหน่วยงาน…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="126" />
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="131" />
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="127" />
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="132" />
        <source>Assessors</source>
        <translation>ผู้ประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="128" />
        <source>Names, separated by commas</source>
        <translation>ชื่อ คั่นด้วยเครื่องหมายจุลภาค (,)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/new_assessment_dialog.py" line="130" />
        <source>New agency</source>
        <translation>เพิ่มหน่วยงาน</translation>
    </message>
</context>
<context>
    <name>OfficeKeyDialog</name>
    <message>
        <location filename="../gui/dialogs/office_key_dialog.py" line="76" />
        <source>Files signed by this key are in the name of these agencies. Tick each agency whose office confirmed this key to you.</source>
        <translation>ไฟล์ที่ลงนามด้วยกุญแจนี้ส่งในนามหน่วยงานต่อไปนี้ โปรดเลือกเฉพาะหน่วยงานที่ยืนยันกุญแจนี้กับท่านแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/office_key_dialog.py" line="79" />
        <source>No file here is signed by this key.</source>
        <translation>ไม่มีไฟล์ใดในชุดนี้ที่ลงนามด้วยกุญแจนี้</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/office_key_dialog.py" line="87" />
        <source>Accept a new office key</source>
        <translation>ยอมรับกุญแจใหม่ของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/office_key_dialog.py" line="89" />
        <source>Type the key as the office reads it out to you, for example by phone.</source>
        <translation>พิมพ์รหัสกุญแจตามที่หน่วยงานอ่านให้ท่านฟัง เช่น ทางโทรศัพท์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/office_key_dialog.py" line="90" />
        <source>The office's key</source>
        <translation>รหัสกุญแจของหน่วยงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/office_key_dialog.py" line="91" />
        <source>Agencies that confirmed this key</source>
        <translation>หน่วยงานที่ยืนยันกุญแจนี้</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../gui/assessment/reopen_dialog.py" line="50" />
        <source>Reopen the assessment</source>
        <translation>เปิดแบบประเมินเพื่อแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/reopen_dialog.py" line="52" />
        <source>The assessment is finalized. Reopening it makes the answers editable again; the reason is kept in the assessment's history.</source>
        <translation>แบบประเมินนี้ยืนยันผลแล้ว การเปิดแก้ไขอีกครั้งจะทำให้แก้ไขคำตอบได้ และเหตุผลจะถูกเก็บไว้ในประวัติของแบบประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/reopen_dialog.py" line="55" />
        <source>Reason for reopening (required)</source>
        <translation>เหตุผลที่เปิดแก้ไขอีกครั้ง (ต้องระบุ)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/reopen_dialog.py" line="56" />
        <source>Reason for reopening</source>
        <translation>เหตุผลที่เปิดแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/reopen_dialog.py" line="57" />
        <source>Reopen</source>
        <translation>เปิดแก้ไขอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../gui/assessment/reopen_dialog.py" line="58" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="97" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="97" />
        <source>PDF document (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="98" />
        <source>Save the report as</source>
        <translation>บันทึกรายงานเป็น</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="109" />
        <source>Print or save a report</source>
        <translation>พิมพ์หรือบันทึกรายงาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="110" />
        <source>What to make</source>
        <translation>เลือกเอกสารที่จะจัดทำ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="111" />
        <source>Certificate (PDF, A4 landscape) for signing</source>
        <translation>ใบรับรองผล (PDF แนวนอน A4) สำหรับลงนาม</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="112" />
        <source>Full report (PDF, A4) with every item, note and evidence</source>
        <translation>รายงานฉบับเต็ม (PDF A4) ครบทุกข้อ พร้อมบันทึกและหลักฐาน</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="113" />
        <source>Editable copy (Excel) of the full report</source>
        <translation>รายงานฉบับแก้ไขได้ (Excel)</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="114" />
        <source>Language of the document</source>
        <translation>ภาษาของเอกสาร</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="115" />
        <source>Save to</source>
        <translation>บันทึกที่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="116" />
        <source>Use Thai digits (๑๒๓) for dates and numbers</source>
        <translation>ใช้เลขไทย (๑๒๓) สำหรับวันที่และตัวเลข</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="117" />
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/report_dialog.py" line="121" />
        <source>Choose where to save</source>
        <translation>เลือกที่บันทึก</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../gui/assessment/results_view.py" line="242" />
        <source>Results</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="243" />
        <source>Overall score (out of 100)</source>
        <translation>คะแนนรวม (เต็ม 100)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="244" />
        <source>Dimensions at a glance</source>
        <translation>ภาพรวมรายมิติ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="245" />
        <source>Radar chart of the six dimension scores</source>
        <translation>แผนภูมิเรดาร์ของคะแนนทั้ง 6 มิติ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="246" />
        <source>Score per dimension</source>
        <translation>คะแนนรายมิติ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="247" />
        <source>Bar chart of the six dimension scores</source>
        <translation>แผนภูมิแท่งของคะแนนทั้ง 6 มิติ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="248" />
        <source>Level ratios</source>
        <translation>สัดส่วนตามระดับ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="249" />
        <source>Path to the next level</source>
        <translation>เส้นทางสู่ระดับถัดไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="250" />
        <source>Compared with the 2017 survey (indicative)</source>
        <translation>เทียบกับผลสำรวจปี 2560 (ใช้อ้างอิงเท่านั้น)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="252" />
        <source>Indicative only: the 2017 survey used its own questions. Only the figures it published are compared; dimensions it did not publish are left out.</source>
        <translation>ใช้อ้างอิงเท่านั้น: การสำรวจปี 2560 ใช้คำถามของตนเอง จึงเทียบเฉพาะตัวเลขที่มีการเผยแพร่ มิติที่ไม่ได้เผยแพร่จะไม่นำมาเทียบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="273" />
        <source>Overall score %1</source>
        <translation>คะแนนรวม %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="278" />
        <source>Draft: %1 item(s) still open count as No.</source>
        <translation>ฉบับร่าง: อีก %1 ข้อที่ยังค้างอยู่นับเป็น “ไม่ใช่”</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="280" />
        <source>Provisional: a dimension has too few applicable items and is left out.</source>
        <translation>ผลชั่วคราว: มีมิติที่มีข้อที่เกี่ยวข้องน้อยเกินไปจึงไม่นำมาคิด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="284" />
        <source>Level %1</source>
        <translation>ระดับ %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="288" />
        <location filename="../gui/assessment/results_view.py" line="345" />
        <source>Level %1: %2</source>
        <translation>ระดับ %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="303" />
        <source>not assessable</source>
        <translation>ประเมินไม่ได้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="312" />
        <source>This assessment</source>
        <translation>แบบประเมินนี้</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="315" />
        <source>%1: only the published figures (%2)</source>
        <translation>%1: เฉพาะตัวเลขที่เผยแพร่ (%2)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="318" />
        <source>No benchmark figures</source>
        <translation>ไม่มีตัวเลขเปรียบเทียบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="339" />
        <source>Each level's ratio is the credit earned over its applicable items. A level passes at %1 or more, and a level counts only when every level below it passes too.</source>
        <translation>สัดส่วนของแต่ละระดับคือคะแนนที่ได้เทียบกับจำนวนข้อที่เกี่ยวข้องในระดับนั้น ระดับใดผ่านเมื่อได้ %1 ขึ้นไป และจะนับได้เมื่อทุกระดับที่ต่ำกว่าผ่านแล้ว</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="348" />
        <source>Ratio of level %1: %2</source>
        <translation>สัดส่วนระดับ %1: %2</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="349" />
        <source>%1 of %2 items apply</source>
        <translation>เกี่ยวข้อง %1 จาก %2 ข้อ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="352" />
        <source>passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="355" />
        <source>too few items apply</source>
        <translation>ข้อที่เกี่ยวข้องน้อยเกินไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="358" />
        <source>not passed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="367" />
        <source>Level %1 passes on its own (ratio %2), but it does not count until every level below it passes.</source>
        <translation>ระดับ %1 ผ่านเกณฑ์ในตัวเอง (สัดส่วน %2) แต่ยังนับไม่ได้จนกว่าทุกระดับที่ต่ำกว่าจะผ่าน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="401" />
        <source>The highest level is reached. Keep the evidence up to date.</source>
        <translation>ถึงระดับสูงสุดแล้ว โปรดปรับปรุงหลักฐานให้เป็นปัจจุบันอยู่เสมอ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="404" />
        <source>Level %1 cannot be reached by changing answers: too many items in a level are N/A.</source>
        <translation>ไม่สามารถถึงระดับ %1 ได้ด้วยการเปลี่ยนคำตอบ เพราะมีข้อที่ไม่เกี่ยวข้องในบางระดับมากเกินไป</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="408" />
        <source>To reach level %1, answer Yes (with evidence) to these %2 item(s). Click an item to open it.</source>
        <translation>หากต้องการถึงระดับ %1 ต้องตอบ “ใช่” (พร้อมหลักฐาน) ใน %2 ข้อต่อไปนี้ คลิกที่ข้อเพื่อเปิด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="413" />
        <source>Open item %1</source>
        <translation>เปิดข้อ %1</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="415" />
        <source>+%1 points</source>
        <translation>+%1 คะแนน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="435" />
        <source>Overall</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="440" />
        <source>Nothing to compare yet.</source>
        <translation>ยังไม่มีข้อมูลให้เปรียบเทียบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/results_view.py" line="445" />
        <source>%1 %2 vs %3 (%4)</source>
        <translation>%1 %2 เทียบกับ %3 (%4)</translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <location filename="../gui/assessment/commands.py" line="22" />
        <source>Answer %1</source>
        <translation>ตอบ %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="82" />
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="83" />
        <location filename="../gui/dialogs/settings_dialog.py" line="86" />
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="83" />
        <location filename="../gui/dialogs/settings_dialog.py" line="87" />
        <source>Font size</source>
        <translation>ขนาดตัวอักษร</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="83" />
        <location filename="../gui/dialogs/settings_dialog.py" line="88" />
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="89" />
        <source>Small</source>
        <translation>เล็ก</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="89" />
        <source>Normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="89" />
        <source>Large</source>
        <translation>ใหญ่</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="91" />
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="92" />
        <source>Open the data folder</source>
        <translation>เปิดโฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <location filename="../gui/dialogs/settings_dialog.py" line="94" />
        <source>Answers, evidence files and backups are kept here. Back up this folder; do not put it in a synchronised folder such as OneDrive.</source>
        <translation>คำตอบ ไฟล์หลักฐาน และสำเนาสำรองเก็บอยู่ที่นี่ ควรสำรองโฟลเดอร์นี้ไว้ และไม่ควรย้ายไปไว้ในโฟลเดอร์ที่ซิงก์อัตโนมัติ เช่น OneDrive</translation>
    </message>
</context>
<context>
    <name>Shutdown</name>
    <message>
        <location filename="../gui/app.py" line="81" />
        <source>Backup not made</source>
        <translation>ทำสำเนาสำรองไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="82" />
        <source>Your answers are saved, but the backup copy Kao makes on closing could not be written: %1. Kao will close now; it makes a new backup the next time it opens or closes.</source>
        <translation>คำตอบของท่านบันทึกไว้เรียบร้อยแล้ว แต่ก้าวทำสำเนาสำรองตอนปิดโปรแกรมไม่สำเร็จ (%1) ก้าวจะปิดโปรแกรมตอนนี้ และจะทำสำเนาสำรองใหม่เมื่อท่านเปิดหรือปิดโปรแกรมครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../gui/app.py" line="59" />
        <location filename="../gui/damaged_data.py" line="32" />
        <source>Kao cannot open its data</source>
        <translation>ก้าวเปิดข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="108" />
        <source>Backup not made</source>
        <translation>ทำสำเนาสำรองไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="36" />
        <source>Restore the newest good backup, made on %1? Changes made after that time are not in it.</source>
        <translation>กู้คืนจากสำเนาสำรองล่าสุดที่ใช้ได้ ซึ่งทำไว้เมื่อ %1 หรือไม่? สิ่งที่ท่านแก้ไขหลังเวลานั้นจะไม่อยู่ในสำเนานี้</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="39" />
        <source>The damaged file is kept aside in the backups folder.</source>
        <translation>ส่วนไฟล์ที่เสียหายจะถูกเก็บแยกไว้ในโฟลเดอร์สำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="41" />
        <source>Restore the backup</source>
        <translation>กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="42" />
        <source>Quit Kao</source>
        <translation>ปิดโปรแกรมก้าว</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="54" />
        <source>Kao restored the backup made on %1. Changes made after that time are not in it.</source>
        <translation>ก้าวกู้คืนข้อมูลจากสำเนาสำรองที่ทำไว้เมื่อ %1 แล้ว สิ่งที่ท่านแก้ไขหลังเวลานั้นไม่อยู่ในสำเนานี้</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="57" />
        <source>The damaged file is kept as %1 in %2, for your support contact.</source>
        <translation>ไฟล์ที่เสียหายเก็บไว้ในชื่อ %1 ที่ %2 เพื่อส่งให้ผู้ดูแลระบบตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../gui/damaged_data.py" line="59" />
        <source>Backup restored</source>
        <translation>กู้คืนสำเนาสำรองแล้ว</translation>
    </message>
</context>
<context>
    <name>Walker</name>
    <message>
        <location filename="../gui/assessment/walker.py" line="139" />
        <source>Current item</source>
        <translation>ข้อปัจจุบัน</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="140" />
        <source>← Previous</source>
        <translation>← ข้อก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="141" />
        <source>Previous item (Page Up)</source>
        <translation>ข้อก่อนหน้า (Page Up)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="142" />
        <source>Previous item</source>
        <translation>ข้อก่อนหน้า</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="143" />
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="144" />
        <source>Undo the last answer change (Ctrl+Z)</source>
        <translation>เลิกทำการเปลี่ยนคำตอบล่าสุด (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="145" />
        <source>Undo the last answer change</source>
        <translation>เลิกทำการเปลี่ยนคำตอบล่าสุด</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="146" />
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="147" />
        <source>Redo the answer change (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>ทำซ้ำการเปลี่ยนคำตอบ (Ctrl+Shift+Z หรือ Ctrl+Y)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="148" />
        <source>Redo the answer change</source>
        <translation>ทำซ้ำการเปลี่ยนคำตอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="168" />
        <source>Item %1 of %2</source>
        <translation>ข้อที่ %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="172" />
        <source>Check answers →</source>
        <translation>ตรวจสอบคำตอบ →</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="172" />
        <source>Next →</source>
        <translation>ข้อถัดไป →</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="174" />
        <source>Go to the check view (Page Down)</source>
        <translation>ไปที่หน้าตรวจสอบ (Page Down)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="174" />
        <source>Next item (Page Down or Ctrl+Enter)</source>
        <translation>ข้อถัดไป (Page Down หรือ Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="177" />
        <source>Go to the check view</source>
        <translation>ไปที่หน้าตรวจสอบ</translation>
    </message>
    <message>
        <location filename="../gui/assessment/walker.py" line="177" />
        <source>Next item</source>
        <translation>ข้อถัดไป</translation>
    </message>
</context>
<context>
    <name>YearBox</name>
    <message>
        <location filename="../gui/widgets/year_box.py" line="33" />
        <source>Fiscal year (B.E.) "%1" is not valid: type the whole Buddhist-era year, from %2 to %3, for example %4.</source>
        <translation>ปีงบประมาณ (พ.ศ.) "%1" ไม่ถูกต้อง กรุณาพิมพ์ปี พ.ศ. เต็มสี่หลัก ตั้งแต่ %2 ถึง %3 เช่น %4</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../gui/workers.py" line="121" />
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
</TS>