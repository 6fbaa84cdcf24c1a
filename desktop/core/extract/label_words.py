"""The words a label is built from and cut at: vocabulary of the genre, not of one article.

A label names a quantity (ANNOTATION.md, *The indicator label*).  The words
here tell the label module which part of a clause does that: the nouns that
name a quantity (``giá trị``, ``tỷ lệ``, ``kim ngạch``), the words that open
a clause without naming anything (``theo``, ``hiện nay``, ``kết quả``), the
verbs that say what was done to the things a count counts (``kết nạp``,
``ban hành``), and the words that end the noun phrase after a figure.
All are matched lower-case, on whole words.
"""

from __future__ import annotations

#: Nouns that name a measured quantity.  A clause that holds one names its figure before it; one
#: that holds none (``Thành phố có thêm``) leaves the naming to the words after the figure.
QUANTITY_NOUNS = (
    "tổng số", "số lượng", "lượng khách", "lượt", "giá trị", "trị giá", "sản lượng", "diện tích",
    "năng suất", "kim ngạch", "doanh thu", "doanh số", "số thu", "nguồn thu", "thu nhập", "nguồn vốn",
    "vốn", "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "chỉ số", "tốc độ", "tăng trưởng", "mức", "quy mô",
    "công suất", "chiều dài", "dân số", "mật độ", "dư nợ", "lợi nhuận", "thời gian", "kinh phí",
    "chi phí", "tiền", "grdp", "gdp", "cpi", "iip", "bình quân", "cơ cấu", "xuất khẩu", "nhập khẩu",
    "nhập siêu", "xuất siêu", "giải ngân", "huy động", "ngân sách", "tín dụng", "nợ", "thuế", "sức chứa",
    "độ che phủ", "bội thu", "bội chi", "nộp",
)

#: Quantity nouns that are also a syllable of other words, with the words they must not start or end
#: (``thu`` but not ``thu hút``, ``giá`` but not ``đánh giá``, ``lượng`` but not ``chất lượng``).
GUARDED_QUANTITY_NOUNS = {
    "thu": ("hút", "hoạch", "hồi", "thập", "gom", "mua", "dung", "nhận", "xếp"),
    "chi": ("bộ", "nhánh", "cục", "tiết", "hội", "đoàn", "đội"),
    "tổng": ("công", "cục", "kết", "thể", "hợp", "bí", "giám", "liên", "quan", "biên", "đài"),
    "khách": ("sạn", "quan", "hàng"),
    "giá": (),
    "lượng": (),
    "phí": (),
    "thuế": (),
}
#: Words before a guarded quantity noun that make it part of another word.
GUARD_BEFORE = ("đánh", "chất", "lãng", "số", "ước", "tổng", "trọng", "năng", "sản", "thể", "nhân", "lực", "bội", "cục", "đấu", "định")

#: Words that open a clause without naming what it measures: who speaks or acts, when, where,
#: how it links to the sentence before.  The label starts after the last of them.
PREAMBLE_WORDS = (
    "theo", "cũng theo", "kết quả", "đặc biệt", "trong khi", "khi đó", "trên cơ sở đó", "mặt khác",
    "hy vọng", "đơn cử", "đơn cử như", "điều đáng", "cho biết", "nhận định", "dẫn chứng", "cho rằng",
    "khẳng định", "nhấn mạnh", "thông tin", "báo cáo", "hiện nay", "đến nay", "từ đầu năm đến nay",
    "đã", "đang", "sẽ", "cũng", "vẫn", "dự tính", "dự kiến", "ước tính",
    "ước", "phấn đấu", "đảm bảo", "bảo đảm", "đặt ra", "đề ra", "dẫn đầu", "toàn tỉnh", "toàn thành phố",
    "toàn huyện", "toàn xã", "toàn quốc", "cả nước", "cả tỉnh", "hiện có", "đến thời điểm này",
    "từ thực tế này", "từ thực tế trên", "thế nhưng", "tuy nhiên", "nhưng", "trong đó", "bên cạnh đó",
    "ngoài ra", "cùng với đó", "đồng thời", "qua đó", "theo đó", "như vậy", "nhìn chung", "tính chung",
    "cụ thể", "riêng", "sơ bộ", "trong năm", "trong tháng", "năm qua", "vừa qua", "thời gian qua", "là",
    "đạt", "mang về", "tương đương", "do", "vì", "nên", "khi", "thì", "phải", "gồm", "bao gồm", "như", "vào", "thể hiện qua", "thể hiện ở", "biểu hiện qua",
    # when in the year (``Thời điểm cuối năm, giá thịt heo giảm``) and verbs that move a quantity named after
    # them (``đưa tổng chiều dài cao tốc lên``, ``nâng tổng số dự án lên``, ``duy trì tốc độ tăng trưởng``)
    "thời điểm", "cuối năm", "đầu năm", "giữa năm", "đưa", "nâng", "duy trì", "đẩy",
    # what a cause leads to (``giảm thuế suất khiến thuế nhập khẩu giảm``) and what a figure amounts to
    "khiến", "khiến cho", "tương ứng",
)

#: Clause openers that never belong to a label, taken off its head whatever follows them.
OPENERS = (
    "đến nay", "hiện nay", "hiện", "tính đến nay", "đến thời điểm này", "từ đầu năm đến nay", "mặt khác",
    "đặc biệt", "trong khi", "khi đó", "kết quả", "tuy nhiên", "thế nhưng", "cùng với đó", "trên cơ sở đó",
    "sơ bộ", "từ thực tế này", "từ thực tế trên", "bên cạnh đó", "ngoài ra", "trong đó", "đồng thời",
    "qua đó", "theo đó", "như vậy", "nhìn chung", "tính chung", "cụ thể", "riêng", "còn", "và", "với",
    "trong năm", "trong tháng", "năm qua", "vừa qua", "thời gian qua", "đơn cử", "đơn cử như", "vào", "thì",
    "nhưng", "song", "tiếp theo là", "tiếp theo", "trong số đó", "phấn đấu", "mục tiêu", "dự kiến", "lũy kế",
    "luỹ kế", "giúp",
    # connectors of cause and concession (``khiến thuế nhập khẩu giảm``, ``dù giá lên đến``) and what
    # the figure amounts to (``tương ứng kim ngạch xuất khẩu``): they link, they do not name
    "khiến", "khiến cho", "dù", "mặc dù", "tuy", "tương ứng", "tương ứng với", "trong mục tiêu", "theo mục tiêu",
)

#: Who acts at the head of a clause (``Thành phố``, ``UBND tỉnh``, ``Sở``): never part of the label
#: when the figure's own noun names what is counted.
AGENT_WORDS = (
    "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "tp", "tphcm", "tp hcm",
    "ubnd", "hđnd", "sở", "cục", "ban", "bộ", "ngành", "đảng bộ", "thành ủy", "tỉnh ủy", "huyện ủy",
    "các cấp", "nhân dân", "người dân", "chúng tôi", "địa phương", "đơn vị", "các đơn vị", "doanh nghiệp",
    "các doanh nghiệp", "trung tâm", "công ty",
)

#: What is done to the things a count counts; kept after them (``kết nạp 120 đảng viên`` →
#: ``Đảng viên kết nạp``).  Existence and reporting verbs (``có``, ``ghi nhận``) say nothing.
ACTION_VERBS = (
    "kết nạp", "ban hành", "tiếp nhận", "giải quyết", "thu hút", "cấp mới", "cấp", "điều chỉnh",
    "xây dựng mới", "xây dựng", "xây mới", "xây", "sửa chữa", "nâng cấp", "cải tạo", "khởi công",
    "khánh thành", "hoàn thành", "đưa vào sử dụng", "đầu tư", "triển khai đầu tư", "thành lập",
    "thành lập mới", "giải thể", "đăng ký", "đào tạo", "tuyển dụng", "tuyển sinh", "đón", "phục vụ",
    "tiêm", "xét nghiệm", "cách ly", "điều trị", "kiểm tra", "thanh tra", "xử lý", "xử phạt", "kỷ luật",
    "thi hành kỷ luật", "khen thưởng", "hỗ trợ", "tặng", "trao", "trao tặng", "chi trả", "di dời",
    "sắp xếp", "sáp nhập", "xuất khẩu", "nhập khẩu", "chế biến", "trồng", "trồng mới", "thu hoạch",
    "nuôi", "khai thác", "phát hiện", "bắt giữ", "triệt phá", "chấp thuận", "phê duyệt", "thẩm định",
    "công nhận", "mở", "mở mới", "vận chuyển", "đấu giá", "bàn giao", "giải ngân", "huy động", "tổ chức",
    "tuyên truyền", "cử", "cắt giảm", "tiết kiệm", "thu", "chi", "giảm", "tăng", "được hưởng",
    "đóng góp", "góp phần", "đạt và vượt", "hoàn thành và vượt", "thực hiện đạt và vượt",
)

#: Words after a percentage that name its basis, not what it measures (``đạt 97% kế hoạch``).
BASIS_WORDS = (
    "kế hoạch", "kh", "dự toán", "cùng kỳ", "so", "chỉ tiêu", "mục tiêu", "nghị quyết", "năm trước",
    "năm ngoái", "tháng trước", "quý trước", "trở lên", "trở xuống", "trong tổng",
)

#: Words that end the noun phrase after a figure: a comparison, a new clause, a place, a period.
PHRASE_STOPS = (
    "so với", "so", "bằng", "chiếm", "với", "trong đó", "trong số", "trong tổng", "gồm", "bao gồm",
    "cụ thể", "tương đương", "tương ứng", "nâng tổng", "theo", "tại", "ở", "trên địa bàn", "của",
    "nhưng", "song", "mà", "khi", "do", "vì", "nên", "để", "nhằm", "từ", "đến", "vào", "trên cả nước",
    "cả nước", "toàn tỉnh", "toàn quốc", "trong năm", "trong tháng", "trong quý", "trong thời gian", "giai đoạn", "nhiệm kỳ",
    "hiện nay", "đến nay", "tính đến", "thì", "cho", "là",
)

#: Trailing words that leave a noun phrase: ``văn bản các loại``, ``dự án nói trên``.
PHRASE_TRAIL = (
    "các loại", "nói trên", "này", "đó", "trên", "và", "các", "những", "được", "là", "có", "đạt", "tăng", "giảm",
    "bằng", "vượt", "khoảng", "gần", "hơn", "lên", "xuống", "còn", "chỉ", "đã", "đề ra", "dưới", "số", "năm",
)

#: Figures whose own noun heads the label of a count: every count unit but the generic ones,
#: which the words before the figure name better (``Khách du lịch ... 1 triệu lượt``).
GENERIC_COUNT_NOUNS = ("lượt", "lượt khách", "lượt người", "người", "khách", "em", "cháu", "lần")

#: Area units: an area's label is ``Diện tích`` of what follows (``222.999 ha lúa``).
AREA_UNITS = ("ha", "héc-ta", "héc ta", "hecta", "m2", "m²", "km2", "km²", "sào", "mẫu")

#: Cue, hedge and linking words between a label and its figure (``ước đạt``, ``khoảng``, ``chỉ còn``):
#: taken off the end of a label, several in a row.
TAIL_WORDS = (
    "ước thực hiện", "ước tính", "ước đạt", "dự ước", "ước", "dự báo", "dự tính", "đạt được", "đạt", "được",
    "có thêm", "thêm", "có", "là", "thực hiện", "khoảng", "gần", "hơn", "trên dưới", "trên", "dưới", "xấp xỉ",
    "chưa đến", "đến", "tới", "từ", "với", "bằng", "ở mức", "đạt mức", "đã", "sẽ", "đang", "phấn đấu",
    "dự kiến", "cho", "gồm", "tổng cộng", "chỉ", "mới", "vẫn", "chỉ tiêu", "mục tiêu", "đảm bảo", "bảo đảm",
    "và", "phải", "thì", "đối với", "cũng", "đều", "lại", "liên tục", "tiếp tục", "dao động", "giao động",
    "tối thiểu", "tối đa", "nhưng", "song", "số tiền", "con số", "kết quả", "chiếm tỷ trọng", "chiếm tỷ lệ",
    "chiếm", "mạnh nhất", "mạnh", "nhẹ", "đáng kể", "cao", "thấp", "nhanh", "duy trì", "ổn định",
    "hiện có", "hiện còn", "hiện đang có", "hiện nay có",  # ``Thành phố hiện có gần 600 cơ sở lưu trú``
)
#: Tail words that make a change verb before them a level reached: ``giảm xuống còn 1,1%``.
LEVEL_WORDS = ("xuống còn", "còn", "xuống", "lên mức", "lên")

#: What a percentage that names no quantity before it is often a share of, said right after it: ``bảo
#: đảm 100% người dân được tiếp cận ...`` is the share of ``Người dân được tiếp cận ...``.
SHARED_NOUNS = (
    "người dân", "người", "dân số", "hộ dân", "hộ gia đình", "hộ", "gia đình", "học sinh", "trẻ em", "trẻ",
    "lao động", "người lao động", "doanh nghiệp", "hợp tác xã", "xã", "phường", "thị trấn", "thôn", "bản",
    "khu dân cư", "trường học", "trường", "trạm y tế", "cơ quan", "đảng viên", "cán bộ", "công chức",
    "bệnh nhân", "đối tượng",
)
