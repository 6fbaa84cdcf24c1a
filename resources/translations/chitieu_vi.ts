<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/gui/actions.py" line="22"/>
        <source>Confirm record</source>
        <translation>Xác nhận bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="23"/>
        <source>Reject record</source>
        <translation>Loại bỏ bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="24"/>
        <source>Edit record</source>
        <translation>Sửa bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="25"/>
        <source>Add record from selected text</source>
        <translation>Thêm bản ghi từ đoạn đã chọn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="26"/>
        <source>Next record</source>
        <translation>Bản ghi sau</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="27"/>
        <source>Previous record</source>
        <translation>Bản ghi trước</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="28"/>
        <source>Next article with pending records</source>
        <translation>Bài sau còn bản ghi chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="29"/>
        <source>Previous article with pending records</source>
        <translation>Bài trước còn bản ghi chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="30"/>
        <source>Confirm all pending records of this article</source>
        <translation>Xác nhận mọi bản ghi chờ duyệt của bài</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="32"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="33"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="34"/>
        <source>Find in corpus</source>
        <translation>Tìm trong kho bài</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="35"/>
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="36"/>
        <source>Import a folder…</source>
        <translation>Nhập thư mục…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="37"/>
        <source>Export dataset…</source>
        <translation>Xuất bộ dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="38"/>
        <source>Open database…</source>
        <translation>Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="39"/>
        <source>Keyboard help</source>
        <translation>Trợ giúp phím tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/actions.py" line="40"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="124"/>
        <source>Choose another database…</source>
        <translation>Chọn cơ sở dữ liệu khác…</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../desktop/gui/states.py" line="68"/>
        <source>ratio (equals X%)</source>
        <translation>tỷ lệ (bằng X%)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="69"/>
        <source>change (±X%)</source>
        <translation>thay đổi (±X%)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="76"/>
        <source>same period</source>
        <translation>cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="77"/>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="78"/>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="79"/>
        <source>other</source>
        <translation>khác</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <location filename="../../desktop/gui/fields.py" line="83"/>
        <source>Remove this comparison</source>
        <translation>Xoá so sánh này</translation>
    </message>
</context>
<context>
    <name>ComparisonsEditor</name>
    <message>
        <location filename="../../desktop/gui/fields.py" line="111"/>
        <source>+ Comparison</source>
        <translation>+ So sánh</translation>
    </message>
</context>
<context>
    <name>DamageWatch</name>
    <message>
        <location filename="../../desktop/gui/damage_watch.py" line="40"/>
        <source>(read-only: the file is damaged)</source>
        <translation>(chỉ đọc: tệp bị hỏng)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/damage_watch.py" line="42"/>
        <source>The database is damaged. Your decisions can no longer be saved in it.</source>
        <translation>Cơ sở dữ liệu bị hỏng. Các quyết định của bạn không thể lưu vào đó nữa.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/damage_watch.py" line="45"/>
        <source>Close this window before you restore.</source>
        <translation>Hãy đóng cửa sổ này trước khi khôi phục.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="37"/>
        <source>Reviewer</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="38"/>
        <source>Your name, recorded with every decision you make:</source>
        <translation>Tên của bạn, được ghi kèm mọi quyết định bạn đưa ra:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="48"/>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="53"/>
        <source>Import a folder</source>
        <translation>Nhập một thư mục</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="59"/>
        <source>Open or create a database</source>
        <translation>Mở hoặc tạo cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="111"/>
        <source>Export dataset</source>
        <translation>Xuất bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="121"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="128"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="129"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="130"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="133"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="134"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="145"/>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop/gui/filters.py" line="41"/>
        <source>All articles</source>
        <extracomment>How long typing must pause before the search runs, so each key does not query the corpus.</extracomment>
        <translation>Tất cả bài</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/filters.py" line="41"/>
        <source>To do</source>
        <translation>Chưa duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/filters.py" line="42"/>
        <source>In progress</source>
        <translation>Đang duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/filters.py" line="42"/>
        <source>Done</source>
        <translation>Đã duyệt xong</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/filters.py" line="47"/>
        <source>Search article text…</source>
        <translation>Tìm trong nội dung bài…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/filters.py" line="71"/>
        <source>All places</source>
        <translation>Mọi địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/filters.py" line="72"/>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="70"/>
        <source>Keyboard help</source>
        <translation>Trợ giúp phím tắt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="72"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="72"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="86"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="99"/>
        <source>Highlight colours: </source>
        <translation>Màu đánh dấu: </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs.py" line="100"/>
        <source>Confirm and reject move on to the next pending record. Click a highlight to select its record; select text and press Ctrl+N to add a figure the machine missed.</source>
        <translation>Xác nhận và loại bỏ sẽ chuyển sang bản ghi chờ duyệt tiếp theo. Bấm vào một chỗ đánh dấu để chọn bản ghi của nó; bôi đen văn bản rồi bấm Ctrl+N để thêm số liệu máy bỏ sót.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../desktop/gui/states.py" line="49"/>
        <source>actual</source>
        <translation>thực tế</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="50"/>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="51"/>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../desktop/gui/language.py" line="55"/>
        <source>The new language applies the next time Chitieu starts.</source>
        <translation>Ngôn ngữ mới sẽ áp dụng từ lần khởi động Chitieu sau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="130"/>
        <source>&amp;File</source>
        <extracomment>Actions that decide or edit, disabled while the editor is open. The reviewer asked to open another database (the application replaces the window).</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="132"/>
        <source>&amp;Review</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="145"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="146"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="163"/>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="165"/>
        <source>Reviewer: %s</source>
        <translation>Người duyệt: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="281"/>
        <source>Every record of this article is decided. Ctrl+Down: next article.</source>
        <translation>Mọi bản ghi của bài này đã được duyệt. Ctrl+Xuống: bài tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="391"/>
        <source>This article: %1/%2 decided</source>
        <translation>Bài này: đã duyệt %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="395"/>
        <source>Corpus: %1/%2 decided</source>
        <translation>Toàn bộ: đã duyệt %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="408"/>
        <source>Chitieu</source>
        <translation>Chitieu</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../desktop/gui/fields.py" line="36"/>
        <source>a value is required</source>
        <translation>cần nhập giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/fields.py" line="52"/>
        <source>Not a number. Write it the Vietnamese way: 11.428,6</source>
        <translation>Không phải số. Hãy viết theo kiểu Việt Nam: 11.428,6</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <location filename="../../desktop/gui/states.py" line="58"/>
        <source>exact</source>
        <translation>chính xác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="59"/>
        <source>approximately</source>
        <translation>khoảng</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="60"/>
        <source>over</source>
        <translation>hơn</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="61"/>
        <source>under</source>
        <translation>dưới</translation>
    </message>
</context>
<context>
    <name>ReadingWarnings</name>
    <message>
        <location filename="../../desktop/gui/reading_warnings.py" line="31"/>
        <source>⚠ Read with changes: %1</source>
        <translation>⚠ Đọc có thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="78"/>
        <source>to (range)</source>
        <translation>đến (khoảng)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="81"/>
        <source>of (X/Y)</source>
        <translation>trên tổng (X/Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="100"/>
        <source>Why this decision (optional)</source>
        <translation>Lý do của quyết định (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="104"/>
        <source>Save (Enter)</source>
        <translation>Lưu (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="105"/>
        <source>Cancel (Esc)</source>
        <translation>Huỷ (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="112"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="113"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="114"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="115"/>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="115"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="116"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="116"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="117"/>
        <source>Comparisons</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="118"/>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="119"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="147"/>
        <source>New record — Enter adds it, Esc cancels</source>
        <translation>Bản ghi mới — Enter để thêm, Esc để huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="148"/>
        <source>Correcting the record — Enter saves, Esc cancels</source>
        <translation>Đang sửa bản ghi — Enter để lưu, Esc để huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="174"/>
        <source>The indicator needs a label.</source>
        <translation>Chỉ tiêu cần có tên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="179"/>
        <source>The value, range end and denominator must be numbers such as 11.428,6.</source>
        <translation>Giá trị, cận trên và mẫu số phải là số, ví dụ 11.428,6.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="184"/>
        <source>Every comparison needs a percentage.</source>
        <translation>Mỗi so sánh cần có tỷ lệ phần trăm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="186"/>
        <source>The figure must end after it starts.</source>
        <translation>Vị trí kết thúc của số liệu phải sau vị trí bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="245"/>
        <source>Current record — F2 to correct it</source>
        <translation>Bản ghi đang chọn — bấm F2 để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="251"/>
        <source>= ?</source>
        <translation>= ?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="22"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="23"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="24"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="25"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="26"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="27"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="28"/>
        <source>Comparisons</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="29"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../desktop/gui/session.py" line="40"/>
        <source>Confirm record</source>
        <extracomment>Undo history kept in memory; older steps stay in the store&apos;s event log.</extracomment>
        <translation>Xác nhận bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session.py" line="40"/>
        <source>Reject record</source>
        <translation>Loại bỏ bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session.py" line="41"/>
        <source>Correct record</source>
        <translation>Sửa bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session.py" line="61"/>
        <source>Add record</source>
        <translation>Thêm bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/session.py" line="67"/>
        <source>Confirm all records of the article</source>
        <translation>Xác nhận mọi bản ghi của bài</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../desktop/gui/states.py" line="38"/>
        <source>pending</source>
        <translation>chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="39"/>
        <source>confirmed</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="40"/>
        <source>corrected</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="41"/>
        <source>rejected</source>
        <translation>đã loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/states.py" line="42"/>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/gui/workers.py" line="71"/>
        <source>Cancel</source>
        <extracomment>``work(progress=..., should_cancel=...)`` as import_paths and export take them.</extracomment>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="61"/>
        <source>Importing articles…</source>
        <extracomment>Problems listed in the import report box; the rest are counted.</extracomment>
        <translation>Đang nhập bài viết…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="65"/>
        <source>Imported %1 new articles with %2 records (%3 unchanged, %4 duplicates).</source>
        <translation>Đã nhập %1 bài mới với %2 bản ghi (%3 bài không đổi, %4 bài trùng).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="69"/>
        <source>Import cancelled.</source>
        <translation>Đã huỷ việc nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="74"/>
        <source>… and %1 more.</source>
        <translation>… và %1 mục khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="75"/>
        <source>Some files could not be imported:</source>
        <translation>Một số tệp không nhập được:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="78"/>
        <source>Imported with warnings:</source>
        <translation>Đã nhập nhưng có cảnh báo:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="83"/>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="83"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="84"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="85"/>
        <source>Accepted records (confirmed, corrected, added)</source>
        <translation>Bản ghi được chấp nhận (xác nhận, đã sửa, thêm mới)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="86"/>
        <source>Every decided record, with its status</source>
        <translation>Mọi bản ghi đã duyệt, kèm trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="87"/>
        <source>All records, pending included</source>
        <translation>Tất cả bản ghi, kể cả chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="95"/>
        <source>Exporting records…</source>
        <translation>Đang xuất bản ghi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="100"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã huỷ việc xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="102"/>
        <source>Exported %1 records from %2 articles to %3.</source>
        <translation>Đã xuất %1 bản ghi từ %2 bài ra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="112"/>
        <location filename="../../desktop/gui/transfers.py" line="124"/>
        <source>Chitieu</source>
        <translation>Chitieu</translation>
    </message>
</context>
</TS>
