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
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="26"/>
        <source>Show the review</source>
        <translation>Xem phần duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="27"/>
        <source>Show the dataset table and chart</source>
        <translation>Xem bảng dữ liệu và biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="28"/>
        <source>Show the conflicts to adjudicate</source>
        <translation>Xem các bất đồng cần phân xử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="30"/>
        <source>Agreement report…</source>
        <translation>Báo cáo mức đồng thuận…</translation>
    </message>
</context>
<context>
    <name>Adjudication</name>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="28"/>
        <source>Decision</source>
        <extracomment>The fields compared side by side, in the order a reviewer reads a record.</extracomment>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="29"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="30"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="31"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="32"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="33"/>
        <source>Base value</source>
        <translation>Giá trị quy đổi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="34"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="35"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="36"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="37"/>
        <source>Qualifier</source>
        <translation>Mức chính xác</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="38"/>
        <source>Comparisons</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="39"/>
        <source>Characters</source>
        <translation>Vị trí ký tự</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="40"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="41"/>
        <source>Decided at</source>
        <translation>Thời điểm quyết định</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="48"/>
        <source>(not decided)</source>
        <translation>(chưa quyết định)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="50"/>
        <source>(did not add it)</source>
        <translation>(không thêm bản ghi này)</translation>
    </message>
</context>
<context>
    <name>AdjudicationView</name>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="85"/>
        <source>Conflicts to adjudicate</source>
        <extracomment>Characters of article text shown either side of the figure.</extracomment>
        <translation>Bất đồng cần phân xử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="85"/>
        <source>Adjudicated</source>
        <translation>Đã phân xử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="86"/>
        <source>Every record decided differently</source>
        <translation>Mọi bản ghi được quyết định khác nhau</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="89"/>
        <source>Agreement report…</source>
        <translation>Báo cáo mức đồng thuận…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="102"/>
        <source>New correction… (F2)</source>
        <translation>Sửa mới… (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="103"/>
        <source>Show in article</source>
        <translation>Xem trong bài</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/adjudication_view.py" line="155"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/adjudication_view.py" line="156"/>
        <source>%n reviewer file(s) merged</source>
        <translation>
            <numerusform>đã gộp %n tệp của người duyệt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="158"/>
        <source>Nothing to adjudicate here.</source>
        <translation>Không có gì cần phân xử ở đây.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="159"/>
        <source>This database is not a merge of reviewer files. Split a corpus with &apos;chitieu split&apos;, review the files, merge them with &apos;chitieu merge&apos;, then open the merged file to adjudicate.</source>
        <translation>Cơ sở dữ liệu này không phải là bản gộp các tệp của người duyệt. Hãy chia kho bài bằng &apos;chitieu split&apos;, duyệt các tệp, gộp chúng bằng &apos;chitieu merge&apos;, rồi mở tệp đã gộp để phân xử.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="206"/>
        <source>%1: use %2&apos;s version</source>
        <translation>%1: dùng bản của %2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="222"/>
        <source>Adjudicate: %1&apos;s version</source>
        <translation>Phân xử: bản của %1</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="232"/>
        <source>New correction</source>
        <translation>Sửa mới</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_view.py" line="242"/>
        <source>Adjudicate: new correction</source>
        <translation>Phân xử: sửa mới</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="154"/>
        <source>Choose another database…</source>
        <translation>Chọn cơ sở dữ liệu khác…</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../desktop/gui/chart.py" line="86"/>
        <source>actual</source>
        <translation>thực hiện</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/chart.py" line="87"/>
        <source>estimate</source>
        <translation>ước tính</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/chart.py" line="88"/>
        <source>target</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/chart.py" line="131"/>
        <source>No reviewed values with a single year to draw.</source>
        <translation>Không có giá trị đã duyệt của một năm cụ thể để vẽ.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="125"/>
        <source>Lines</source>
        <translation>Đường</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="126"/>
        <source>Bars</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="127"/>
        <source>Save chart…</source>
        <translation>Lưu biểu đồ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="131"/>
        <source>Places (up to %n)</source>
        <translation>
            <numerusform>Địa phương (tối đa %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="176"/>
        <source>At most %n places in one chart.</source>
        <translation>
            <numerusform>Mỗi biểu đồ tối đa %n địa phương.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="183"/>
        <source>(no place)</source>
        <translation>(không rõ địa phương)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="188"/>
        <source>%n records with a term or no year are not drawn.</source>
        <translation>
            <numerusform>%n bản ghi theo giai đoạn hoặc không có năm không được vẽ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="194"/>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="195"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="204"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
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
        <location filename="../../desktop/gui/fields.py" line="78"/>
        <source>Remove this comparison</source>
        <translation>Xoá so sánh này</translation>
    </message>
</context>
<context>
    <name>ComparisonsEditor</name>
    <message>
        <location filename="../../desktop/gui/fields.py" line="110"/>
        <source>+ Comparison</source>
        <translation>+ So sánh</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="111"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="111"/>
        <source>Article</source>
        <translation>Bài</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="111"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="112"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="112"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="138"/>
        <source>adjudicated</source>
        <translation>đã phân xử</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="138"/>
        <source>conflict</source>
        <translation>bất đồng</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="48"/>
        <source>act.</source>
        <extracomment>Columns before the periods. The role that gives a cell&apos;s list of :class:`Cell` (empty outside the period columns). How many records a conflict&apos;s tooltip lists.</extracomment>
        <translation>TH</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="49"/>
        <source>est.</source>
        <translation>ƯTH</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="50"/>
        <source>target</source>
        <translation>KH</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="60"/>
        <source>(no label)</source>
        <translation>(không có tên)</translation>
    </message>
</context>
<context>
    <name>DatasetFilterBar</name>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="71"/>
        <source>Every kind</source>
        <extracomment>A cell of more records than this lists the first ones in its menu. Places the chart draws at most (colours stay distinct, the legend stays readable).</extracomment>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="74"/>
        <source>Every reviewed record</source>
        <translation>Mọi bản ghi đã duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="79"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="79"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="80"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="80"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="90"/>
        <source>Every indicator</source>
        <translation>Mọi chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="92"/>
        <source>Every place</source>
        <translation>Mọi địa phương</translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="98"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="98"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="99"/>
        <source>Base unit</source>
        <translation>Đơn vị gốc</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="101"/>
        <source>no year</source>
        <translation>không rõ năm</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="139"/>
        <source>(no place)</source>
        <translation>(không rõ địa phương)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_model.py" line="151"/>
        <source>(+%n other values)</source>
        <translation>
            <numerusform>(+%n giá trị khác)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="160"/>
        <source>Conflict: the records of this cell give different values.</source>
        <translation>Bất đồng: các bản ghi của ô này cho giá trị khác nhau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_model.py" line="166"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n bản ghi khác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dataset_model.py" line="167"/>
        <source>Click to open the source record.</source>
        <translation>Nhấp để mở bản ghi nguồn.</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../desktop/gui/dataset_view.py" line="257"/>
        <source>%1 rows, %2 reviewed records, %3 periods</source>
        <translation>%1 dòng, %2 bản ghi đã duyệt, %3 kỳ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dataset_view.py" line="295"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n bản ghi khác</numerusform>
        </translation>
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
        <location filename="../../desktop/gui/language.py" line="54"/>
        <source>The new language applies the next time Chitieu starts.</source>
        <translation>Ngôn ngữ mới sẽ áp dụng từ lần khởi động Chitieu sau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="137"/>
        <source>&amp;File</source>
        <extracomment>Actions that decide or edit, disabled while the editor is open. The reviewer asked to open another database (the application replaces the window).</extracomment>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="139"/>
        <source>&amp;Review</source>
        <translation>&amp;Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="142"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="143"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="152"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="153"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="170"/>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="172"/>
        <source>Reviewer: %s</source>
        <translation>Người duyệt: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="289"/>
        <source>Confirm it anyway?</source>
        <translation>Vẫn xác nhận?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="289"/>
        <source>Reject it anyway?</source>
        <translation>Vẫn loại bỏ?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="290"/>
        <source>Save your correction over it?</source>
        <translation>Lưu bản sửa của bạn đè lên?</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="302"/>
        <source>Every record of this article is decided. Ctrl+Down: next article.</source>
        <translation>Mọi bản ghi của bài này đã được duyệt. Ctrl+Xuống: bài tiếp theo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/main_window.py" line="345"/>
        <source>Confirm the %n records still pending?</source>
        <translation>
            <numerusform>Xác nhận %n bản ghi còn chờ duyệt?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="450"/>
        <source>This article: %1/%2 decided</source>
        <translation>Bài này: đã duyệt %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="454"/>
        <source>Corpus: %1/%2 decided</source>
        <translation>Toàn bộ: đã duyệt %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="467"/>
        <location filename="../../desktop/gui/main_window.py" line="475"/>
        <source>Chitieu</source>
        <translation>Chitieu</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="64"/>
        <source>&amp;Team</source>
        <translation>&amp;Nhóm</translation>
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
        <location filename="../../desktop/gui/fields.py" line="45"/>
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
        <location filename="../../desktop/gui/record_editor.py" line="98"/>
        <source>Why this decision (optional)</source>
        <translation>Lý do của quyết định (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="102"/>
        <source>Save (Enter)</source>
        <translation>Lưu (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="103"/>
        <source>Cancel (Esc)</source>
        <translation>Huỷ (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="110"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="111"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="112"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="113"/>
        <source>Qualifier</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="113"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="114"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="114"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="115"/>
        <source>Comparisons</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="116"/>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="117"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="145"/>
        <source>New record — Enter adds it, Esc cancels</source>
        <translation>Bản ghi mới — Enter để thêm, Esc để huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="146"/>
        <source>Correcting the record — Enter saves, Esc cancels</source>
        <translation>Đang sửa bản ghi — Enter để lưu, Esc để huỷ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="172"/>
        <source>The indicator needs a label.</source>
        <translation>Chỉ tiêu cần có tên.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="177"/>
        <source>The value, range end and denominator must be numbers such as 11.428,6.</source>
        <translation>Giá trị, cận trên và mẫu số phải là số, ví dụ 11.428,6.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="182"/>
        <source>Every comparison needs a percentage.</source>
        <translation>Mỗi so sánh cần có tỷ lệ phần trăm.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="184"/>
        <source>The figure must end after it starts.</source>
        <translation>Vị trí kết thúc của số liệu phải sau vị trí bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="243"/>
        <source>Current record — F2 to correct it</source>
        <translation>Bản ghi đang chọn — bấm F2 để sửa</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_editor.py" line="249"/>
        <source>= ?</source>
        <translation>= ?</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="28"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="29"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="30"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="31"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="32"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="33"/>
        <source>Place</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="34"/>
        <source>Comparisons</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/record_model.py" line="35"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <location filename="../../desktop/gui/review_session.py" line="50"/>
        <source>Confirm record</source>
        <extracomment>Undo history kept in memory; older steps stay in the store&apos;s event log.</extracomment>
        <translation>Xác nhận bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review_session.py" line="50"/>
        <source>Reject record</source>
        <translation>Loại bỏ bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review_session.py" line="51"/>
        <source>Correct record</source>
        <translation>Sửa bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review_session.py" line="65"/>
        <source>Add record</source>
        <translation>Thêm bản ghi</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/review_session.py" line="60"/>
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
    <name>Tabs</name>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="44"/>
        <source>Review</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="45"/>
        <source>Dataset</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="46"/>
        <source>Conflicts</source>
        <translation>Bất đồng</translation>
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
    <name>Team</name>
    <message>
        <location filename="../../desktop/gui/team_tabs.py" line="100"/>
        <source>Agreement between reviewers</source>
        <translation>Mức đồng thuận giữa người duyệt</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="66"/>
        <source>Importing articles…</source>
        <extracomment>Problems listed in the import report box; the rest are counted.</extracomment>
        <translation>Đang nhập bài viết…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="70"/>
        <source>Imported %1 new articles with %2 records (%3 unchanged, %4 duplicates).</source>
        <translation>Đã nhập %1 bài mới với %2 bản ghi (%3 bài không đổi, %4 bài trùng).</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="74"/>
        <source>Import cancelled.</source>
        <translation>Đã huỷ việc nhập.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="79"/>
        <source>… and %1 more.</source>
        <translation>… và %1 mục khác.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="80"/>
        <source>Some files could not be imported:</source>
        <translation>Một số tệp không nhập được:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="88"/>
        <source>JSON Lines (.jsonl)</source>
        <translation>JSON Lines (.jsonl)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="88"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="89"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="90"/>
        <source>Accepted records (confirmed, corrected, added)</source>
        <translation>Bản ghi được chấp nhận (xác nhận, đã sửa, thêm mới)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="91"/>
        <source>Every decided record, with its status</source>
        <translation>Mọi bản ghi đã duyệt, kèm trạng thái</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="92"/>
        <source>All records, pending included</source>
        <translation>Tất cả bản ghi, kể cả chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="102"/>
        <source>Exporting records…</source>
        <translation>Đang xuất bản ghi…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="107"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã huỷ việc xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="109"/>
        <source>Exported %1 records from %2 articles to %3.</source>
        <translation>Đã xuất %1 bản ghi từ %2 bài ra %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/transfers.py" line="119"/>
        <location filename="../../desktop/gui/transfers.py" line="131"/>
        <source>Chitieu</source>
        <translation>Chitieu</translation>
    </message>
</context>
<context>
    <name>VersionTableModel</name>
    <message>
        <location filename="../../desktop/gui/adjudication_model.py" line="171"/>
        <source>Record now</source>
        <translation>Bản ghi hiện tại</translation>
    </message>
</context>
</TS>
