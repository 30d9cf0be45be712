<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>ChecklistOverview</name>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="60" />
        <source>The six dimensions and their weights</source>
        <translation>มิติทั้ง 6 ด้านและน้ำหนัก</translation>
    </message>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="65" />
        <source>%1% · %2 items</source>
        <translation>%1% · %2 ข้อ</translation>
    </message>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="67" />
        <source>The four levels</source>
        <translation>ระดับการพัฒนา 4 ระดับ</translation>
    </message>
    <message>
        <location filename="../gui/pages/checklist_overview.py" line="69" />
        <source>Level %1: %2</source>
        <translation>ระดับ %1: %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../gui/pages/home_page.py" line="35" />
        <source>Kao: digital government self-assessment</source>
        <translation>ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล</translation>
    </message>
    <message>
        <location filename="../gui/pages/home_page.py" line="37" />
        <source>Assess your agency against the digital government maturity checklist, offline. Every answer is saved as you go.</source>
        <translation>ประเมินหน่วยงานของท่านตามเกณฑ์ระดับการพัฒนาสู่รัฐบาลดิจิทัลได้โดยไม่ต้องต่ออินเทอร์เน็ต ทุกคำตอบจะถูกบันทึกทันทีที่ตอบ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="54" />
        <source>Kao: digital government self-assessment</source>
        <translation>ก้าว: การประเมินตนเองด้านรัฐบาลดิจิทัล</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="55" />
        <source>Main toolbar</source>
        <translation>แถบเครื่องมือหลัก</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="58" />
        <source>Show the program in Thai</source>
        <translation>แสดงโปรแกรมเป็นภาษาไทย</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="60" />
        <source>Show the program in English</source>
        <translation>แสดงโปรแกรมเป็นภาษาอังกฤษ</translation>
    </message>
</context>
</TS>