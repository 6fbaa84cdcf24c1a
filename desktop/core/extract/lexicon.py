"""The words of the genre: units, hedges, kind cues, comparison glue.

Everything here is vocabulary of Vietnamese local-government reporting in
general, never a phrase of one article.  The patterns are compiled once, at
import, by the modules that use them.
"""

from __future__ import annotations

import re

#: Money, written after the number and scale words; the foreign currencies of ODA loans and trade too
#: (``35.700 triệu Yên``, ``2 tỷ nhân dân tệ``).
MONEY_UNITS = (
    "đồng",
    "đ",
    "vnđ",
    "vnd",
    "usd",
    "đô la mỹ",
    "đô la",
    "đôla",
    "euro",
    "eur",
    "yên",
    "nhân dân tệ",
)

#: Physical measures; the power of a solar farm (``MWp``) and the containers a port handles (``TEU``, often
#: written ``TEUs``) too, and the turnover of transport that every statistics report gives (``tấn.km`` of
#: freight, ``người.km`` / ``hành khách.km`` of passengers: the unit is the product, not the ``tấn``).
MEASURE_UNITS = (
    "ha",
    "héc-ta",
    "héc ta",
    "hecta",
    "hécta",
    "m2",
    "m²",
    "m3",
    "m³",
    "km2",
    "km²",
    "km",
    "mét",
    "m",
    "tấn",
    "kg",
    "tạ",
    "yến",
    "lít",
    "mw",
    "kw",
    "kwh",
    "mwh",
    "gw",
    "gwh",
    "mwp",
    "kwp",
    "teu",
    "teus",
    "tấn.km",
    "người.km",
    "hành khách.km",
    "gam",
    "sào",
    "cây số",
)

#: Nouns that count things a local government reports on, gathered from the genre (both dev
#: corpora) and the groups of the national statistical indicator system (QĐ 05/2023/QĐ-TTg: land and
#: population, labour, enterprises and establishments, investment, agriculture, trade and services,
#: transport, education, health, culture and sport, party building).  A number followed by one of them
#: is a count; a number followed by any other word (``năm``, ``tuổi``, ``lần``, ``trụ cột``,
#: ``đột phá``, ``giải pháp``, ``sao``...) is not a figure at all: an unknown noun is more often a
#: rhetorical count, a rating or a name than an indicator.
COUNT_UNITS = (
    # people; ``lượt`` counts the visits, trips or services of whom it names (``83.838 lượt phương tiện``,
    # ``22.270 lượt khách hàng``, ``80.000 lượt du khách``)
    "lượt khách",
    "lượt người",
    "lượt du khách",
    "lượt khách hàng",
    "lượt hành khách",
    "lượt phương tiện",
    "lượt xe",
    "lượt tàu",
    "lượt bệnh nhân",
    "lượt người bệnh",
    "lượt học sinh",
    "lượt hộ",
    "lượt lao động",
    "lượt đối tượng",
    "lượt doanh nghiệp",
    # the adjustments an investment report counts (``điều chỉnh vốn 92 lượt dự án``), and the guest-nights that
    # tourism statistics serve (``phục vụ 17,27 triệu ngày khách``: not a duration)
    "lượt dự án",
    "ngày khách",
    "lượt",
    "khách",
    "du khách",
    "người",
    "nhân khẩu",
    "khẩu",
    "người lao động",
    "nlđ",
    "lao động",
    "lđ",  # the press's abbreviation of lao động (``38.000 LĐ được đào tạo nghề``)
    "việc làm",
    "chỗ làm việc",
    "công nhân",
    "nông dân",
    "ngư dân",
    "đồng bào",
    "dân tộc",
    "đồng chí",
    "quần chúng",
    "cá nhân",
    "tập thể",
    "đảng viên",
    "cấp ủy viên",
    "cấp uỷ viên",
    "cán bộ",
    "công chức",
    "biên chế",
    "viên chức",
    "cbcc",
    "cbccvc",
    "chiến sĩ",
    "hội viên",
    "đoàn viên",
    "thành viên",
    "xã viên",
    "thanh niên",
    "thí sinh",
    "em học sinh",
    "học sinh",
    "sinh viên",
    "giáo viên",
    "học viên",
    "em",
    "cháu",
    "trẻ em",
    "trẻ",
    "bác sĩ",
    "y sĩ",
    "y tá",
    "điều dưỡng",
    "nữ hộ sinh",
    "dược sĩ",
    "y bác sĩ",
    "bệnh nhân",
    "người bệnh",
    "đối tượng",
    "trường hợp",
    "vận động viên",
    "nghệ nhân",
    "nhà đầu tư",
    # the investors a city assigns its renewal projects to (``giao cho 19 chủ đầu tư``)
    "chủ đầu tư",
    "liệt sĩ",
    "liệt sỹ",
    "thương binh",
    "bệnh binh",
    "thương bệnh binh",
    "mẹ việt nam anh hùng",
    "bà mẹ việt nam anh hùng",
    "hành khách",
    "cử tri",
    "tình nguyện viên",
    "nhà khoa học",
    "tác giả",
    # citizens called up or received (``1.150 công dân nhập ngũ``, ``tiếp 900 lượt công dân``), the groups a mass
    # organisation or a health service counts, staff and degrees of a workforce, the accused of a year's cases;
    # like every noun added since, from the groups of the national indicator list and of the genre's yearly
    # reports (party, mass organisations, security, health, education, trade), not from one article's words
    "công dân",
    "lượt công dân",
    "phụ nữ",
    "cựu chiến binh",
    "thai phụ",
    "sản phụ",
    "bệnh nhi",
    "nhân viên",
    "giảng viên",
    "tiến sĩ",
    "thạc sĩ",
    "tân binh",
    "tiểu thương",
    "doanh nhân",
    "bị can",
    "bị cáo",
    # households and organisations (with the abbreviations the press uses: DN, HTX, THT); ``hộ dân`` counts
    # ``hộ``, the households, and ``dân`` says whose they are, as ``hộ nghèo`` does
    "hộ gia đình",
    "hộ",
    "gia đình",
    "tổ chức cơ sở đảng",
    "tổ chức đảng",
    "tổ chức",
    "chi bộ",
    "đảng bộ",
    "chi hội",
    "tổ hội",
    "chi đoàn",
    "tổ đội",
    "đội",
    "tổ",
    "doanh nghiệp",
    "chủ thể kinh doanh",
    "chủ thể",
    "dn",
    "công ty",
    "hợp tác xã",
    "htx",
    "tổ hợp tác",
    "tht",
    "trang trại",
    "cơ sở",
    "cơ quan",
    "đơn vị",
    "đoàn",
    "ngân hàng",
    "chi nhánh",
    "nhà máy",
    "dây chuyền",
    "xí nghiệp",
    "quỹ tín dụng",
    "phiên giao dịch",
    # the sessions a job fair, a court or a council holds, counted alone once named (``64 phiên giao dịch
    # việc làm, trong đó 47 phiên trực tuyến``, ``xét xử 120 phiên``)
    "phiên",
    "điểm giao dịch",
    "câu lạc bộ",
    "clb",
    "hiệp hội",
    "quỹ",
    "công đoàn cơ sở",
    "nghiệp đoàn",
    "dnnn",
    "dnnvv",
    "văn phòng đại diện",
    # administrative units and places
    "xã",
    "phường",
    "thị trấn",
    "huyện",
    "quận",
    "thị xã",
    "tỉnh",
    "thành phố",
    "địa phương",
    "đơn vị hành chính",
    "đvhc",
    "đầu mối",
    "thôn",
    "bản",
    "ấp",
    "xóm",
    "khóm",
    "buôn",
    "sóc",
    "khu phố",
    "tổ dân phố",
    "khu dân cư",
    "tdp",
    "kdc",
    "làng nghề",
    "làng",
    "đô thị",
    "quốc gia và vùng lãnh thổ",
    "nước và vùng lãnh thổ",
    "quốc gia",
    "vùng lãnh thổ",
    "thị trường",
    # economic zones, commerce, tourism
    "khu công nghiệp",
    "kcn",
    "cụm công nghiệp",
    "ccn",
    "cụm",
    "khu chế xuất",
    "khu kinh tế",
    "kkt",
    "kcx",
    "khu công nghệ cao",
    "chợ",
    "siêu thị",
    "trung tâm thương mại",
    "tttm",
    "hội chợ",
    "phiên chợ",
    "cửa hàng",
    "gian hàng",
    "ki-ốt",
    "ki ốt",
    "kiốt",
    "kiot",
    "sạp",
    "quầy",
    "khách sạn",
    "nhà hàng",
    "cơ sở lưu trú",
    "buồng",
    "nhà nghỉ",
    "homestay",
    "khu du lịch",
    "điểm du lịch",
    "di sản",
    "di tích",
    "thư viện",
    "nhà thi đấu",
    "sân thể thao",
    "sân bóng",
    "sân vận động",
    "bưu cục",
    "điểm bưu điện",
    "lễ hội",
    "sự kiện",
    # the cultural and festival activities a province holds (``tổ chức trên 90 hoạt động văn hóa``)
    "hoạt động",
    "tour",
    # buildings and infrastructure
    "căn nhà",
    "khu đô thị",
    "khu tái định cư",
    "khu nhà ở",
    "chung cư",
    "khu chung cư",
    "tòa nhà",
    "toà nhà",
    "trụ sở",
    "cửa khẩu",
    "sân bay",
    "căn hộ",
    "căn",
    "ngôi nhà",
    "nhà ở",
    "nhà văn hóa xã",
    "nhà văn hóa thôn",
    "nhà văn hóa",
    "nhà",
    "phòng học",
    "phòng",
    "lớp học",
    "điểm trường",
    "trường học",
    "trường",
    "giường bệnh",
    "giường",
    "trạm y tế",
    "bệnh viện",
    "phòng khám",
    "nhà thuốc",
    "dự án",
    "tiểu dự án",
    "công trình",
    "hạng mục",
    "tuyến đường",
    "làn xe",
    "tuyến đường dây",
    "đường dây",
    "tuyến",
    "cây cầu",
    "cầu",
    "trạm biến áp",
    "trạm bơm",
    "trạm",
    "hồ chứa",
    "đập",
    "cống",
    "giếng",
    "bến",
    "cảng",
    # the stations of a railway or metro line (``gồm 6 ga ngầm``, ``12 nhà ga``)
    "nhà ga",
    "ga",
    "bãi đỗ xe",
    "bãi",
    "camera",
    "lô đất",
    "thửa đất",
    "thửa",
    # documents, procedures, events, awards
    "văn bản",
    "kết luận",
    "nghị quyết",
    "chỉ thị",
    "quyết định",
    "đề án",
    "chương trình",
    "kế hoạch",
    "hồ sơ",
    "thủ tục hành chính",
    # the internal procedures an administrative reform approves (``phê duyệt 936 quy trình nội bộ``)
    "quy trình",
    "tthc",
    "thủ tục",
    "thỏa thuận",
    "thoả thuận",
    "biên bản ghi nhớ",
    "bản ghi nhớ",
    "kiến nghị",
    "tác phẩm",
    "giấy phép",
    "giấy chứng nhận",
    "hợp đồng",
    "đơn thư",
    "đơn",
    "tờ khai",
    "dịch vụ công",
    "sáng kiến",
    "bằng sáng chế",
    "đề tài",
    "gói thầu",
    "cuộc",
    "buổi",
    "lớp",
    "hội nghị",
    "tin bài",
    "tin",
    "ca",
    "đợt",
    "mũi",
    "liều",
    "vụ án",
    "vụ việc",
    "vụ",
    "ổ dịch",
    "ngày công",
    "nhãn hiệu",
    "chỉ dẫn địa lý",
    "huy chương vàng",
    "huy chương bạc",
    "huy chương đồng",
    "huy chương",
    "hcv",
    "hcb",
    "hcđ",
    "hc vàng",
    "hc bạc",
    "hc đồng",
    "giải nhất",
    "giải nhì",
    "giải ba",
    "giải khuyến khích",
    "giải thưởng",
    "danh hiệu",
    "gcn",
    "sổ đỏ",
    "chứng chỉ",
    "chứng nhận",
    "bài viết",
    "phóng sự",
    "ấn phẩm",
    "đầu sách",
    "hội thảo",
    "tọa đàm",
    "toạ đàm",
    "giải đấu",
    "bằng khen",
    "huy hiệu",
    "học bổng",
    "sổ tiết kiệm",
    "giấy khen",
    "tài khoản",
    "thuê bao",
    "vé",
    # goods, crops, animals, vehicles; the fields and zones farming is organised in
    "sản phẩm",
    "mặt hàng",
    "nhóm hàng",
    "cánh đồng mẫu lớn",
    "cánh đồng",
    "vùng sản xuất",
    "vùng nguyên liệu",
    "vùng chuyên canh",
    "chuỗi liên kết",
    "chuỗi",
    "cây giống",
    "con giống",
    "trái",
    "lô hàng",
    "mô hình",
    "cây",
    "con",
    "loài",
    "giống",
    "cành",
    "tấm",
    "bộ",
    "quả",
    "chiếc",
    "xe",
    "phương tiện",
    "ô tô",
    "xe máy",
    "tàu",
    "lồng nuôi",
    "lồng bè",
    "lồng",
    "ao nuôi",
    "thuyền",
    "chuyến bay",
    "chuyến",
    "container",
    "máy",
    "thẻ",
    "suất",
    "phần quà",
    "giao dịch",
    "điểm bán",
    "đường bay",
    "thương hiệu",
    "mã số vùng trồng",
    "mã vùng trồng",
    "gia trại",
    "thiết bị",
    # the pieces an industrial output list counts (``gạch xây dựng 15,7 triệu viên``, ``may mặc 67,5 ngàn
    # cái``) and the pills of a drug seizure (``khoảng 50 nghìn viên``): without them the scale word alone
    # made a bare ``15,7 triệu``
    "viên",
    "cái",
    # the seats an airline or a transport service offers (``tăng tải gần 117.000 chỗ``); ``chỗ ngồi`` whole, so that
    # a class's bound after it (``từ 5 chỗ ngồi trở xuống``) is seen
    "chỗ ngồi",
    "chỗ",
)

#: Kinds of unit the press counts together as one group, listed after the number (``126 xã, phường, thị
#: trấn``, ``49 thôn, bon``, ``81 phòng, ban``, ``13 tỉnh, thành``, ``37 tỉnh thành phố``, ``20 cơ quan, đơn
#: vị``): a count noun of a family, then more nouns of the same family, is one unit, the whole list.  The
#: later nouns need not count alone (``bon``, ``ban``, ``ngành``, ``thành``).  Administrative units are
#: listed with units of their own level only: in ``38 xã, huyện Quỳnh Lưu 33 xã`` the district is the next
#: item's place.
COUNT_UNIT_FAMILIES = (
    ("tỉnh", "thành phố", "thành"),
    ("huyện", "quận", "thị xã", "thành phố"),
    ("xã", "phường", "thị trấn"),
    (
        "thôn",
        "làng",
        "bản",
        "bon",
        "buôn",
        "ấp",
        "xóm",
        "khóm",
        "sóc",
        "tổ dân phố",
        "khu phố",
        "khu dân cư",
    ),
    ("cơ quan", "đơn vị", "địa phương", "phòng", "ban", "ngành", "sở", "đoàn thể"),
)

#: Nouns that count only right before a given word: ``3 hiệp định vay`` are an ODA project's loan agreements,
#: ``15 hiệp định thương mại`` the country's free-trade agreements, no figure of the place.
COUNT_UNITS_BEFORE = (("hiệp định", "vay"),)

#: Words after a count noun that make it something else: a title (``21 Bộ trưởng``), the focus a plan
#: names (``4 chương trình trọng tâm``: rhetoric, like ``ba đột phá``) or a selection for a
#: ranking (``3 địa phương dẫn đầu``, ``10 doanh nghiệp lớn nhất``), which is a rank, not a count.
NOT_A_COUNT_AFTER = (
    "trưởng",
    "trọng tâm",
    "dẫn đầu",
    "đứng đầu",
    "hàng đầu",
    "cao nhất",
    "thấp nhất",
    "lớn nhất",
    "nhỏ nhất",
)

#: Durations are figures only when measured (``thời gian lưu trú bình quân 3,6 ngày``, ``rút ngắn
#: còn 5 ngày``); ``trong 10 ngày`` is a time frame.  Read by ``spans``.
DURATION_UNITS = ("ngày",)
MEASURED_DURATION = ("bình quân", "trung bình", "còn", "rút ngắn", "xuống", "tối đa", "lưu trú", "lưu lại")

#: Two-syllable words that start with the money unit ``đồng`` (``cử 07 đồng chí``, ``500 đồng bào``).
NOT_MONEY_AFTER_DONG = ("chí", "bào", "nghiệp", "đội", "hương")

#: Nouns that only make an "X/Y" score (``24/26 chỉ tiêu``, ``15/16 nhóm chỉ tiêu``); alone they are
#: rhetorical counts (``đề ra 26 chỉ tiêu``, ``4 tiêu chí``).
SCORE_ONLY_UNITS = ("chỉ tiêu", "nhóm chỉ tiêu", "tiêu chí", "nhiệm vụ")

#: Words that, right before a number, make it a name, a date or a rank rather than a figure.
NOT_A_FIGURE_BEFORE = (
    "năm",
    "tháng",
    "ngày",
    "quý",
    "số",
    "thứ",
    "lần",
    "khóa",
    "khoá",
    "top",
    "kỳ",
    "đoạn",
    "tuổi",
    "lúc",
    "giờ",
    "phút",
    "điều",
    "khoản",
    "mục",
    "chương",
    "phụ lục",
    "bảng",
    "hình",
    "tập",
    "lô",
    "quốc lộ",
    "tỉnh lộ",
    "đường tỉnh",
    "km",
    "phiên",
    "hội nghị",
    "covid",
    "bậc",
    "hạng",
    "nhóm",
    "loại",
    "độ",
    "xếp",
    "tốp",
    "trong",
    "1 trong",
    "một trong",
    # a number after a place word names the place: ``phường 5``, ``khu vực 4``, ``tổ 3``
    "phường",
    "quận",
    "khu vực",
    "khu",
    "tổ",
    "ấp",
    "thôn",
    "xóm",
    "đội",
)

#: Words that, right before a year, make it the year of a season (``vụ Xuân 2017 xã Phù Việt``).
SEASON_BEFORE_YEAR = ("xuân", "hè thu", "thu đông", "mùa", "vụ", "năm học", "niên vụ")

#: Hedge words before a number (ANNOTATION.md); longest first so ``trên dưới`` beats ``trên``.
QUALIFIER_WORDS = {
    "trên dưới": "approx",
    "xấp xỉ": "approx",
    "khoảng": "approx",
    "gần": "approx",
    "chưa đến": "under",
    "chưa tới": "under",
    "dưới": "under",
    "hơn": "over",
    "trên": "over",
    "vượt": "over",
    "ngoài": "over",
}

#: Kind cues.  Estimate and target cues are strong; actual cues are weak and
#: yield to a target frame set earlier in the sentence.
#: ``dự đoán`` (predicts) is ``dự báo``'s synonym (``ADB dự đoán tăng trưởng của Việt Nam khoảng 6,5%``).
ESTIMATE_CUES = (
    "ước thực hiện",
    "ước tính",
    "ước đạt",
    "dự ước",
    "ước",
    "dự báo",
    "dự đoán",
    "dự tính",
    "sơ bộ",
)
TARGET_CUES = (
    "phấn đấu",
    "mục tiêu",
    "chỉ tiêu",
    "kế hoạch giao",
    "giao kế hoạch",
    "kế hoạch",
    "kh",  # the tables' and brackets' abbreviation (``KH năm tăng 8%``); not ``KH&ĐT``, ``KH&CN`` (kinds.py)
    "dự toán",
    "phương án",
    # a scenario of growth is what is planned for (``cao hơn kịch bản đặt ra đầu năm (7,5%)``)
    "kịch bản",
    "định hướng",
    "đặt ra",
    "nhằm đạt",
    # a need of money is what must be raised (``nhu cầu vốn để hoàn thành dự án là 8.000 tỷ đồng``)
    "nhu cầu vốn",
    "nhu cầu nguồn vốn",
    "nhu cầu kinh phí",
    # a scheme approved is a plan (``phê duyệt Đề án phát hành trái phiếu với tổng khối lượng là ...``); a
    # scheme named alone is not (``Đề án 06``, ``thực hiện Đề án ..., tỉnh đã hỗ trợ ...``)
    "phê duyệt đề án",
    "thông qua đề án",
    # what the plan or the scheme says a thing is to be (``Theo quy hoạch, tuyến ... có chiều dài 5,96 km``,
    # ``tổng kinh phí theo Đề án được phê duyệt: 5.826,5 tỷ đồng``) -- not ``không theo quy hoạch``
    "theo quy hoạch",
    "theo đề án",
    # a directive to speed work up sets what is still to do (``chỉ đạo đẩy nhanh tiến độ công nhận 05 xã``)
    "chỉ đạo đẩy nhanh",
)
FORECAST_CUES = ("dự kiến",)
#: Deeds still to be done that ``dự kiến`` may plan (``dự kiến xây dựng 3 cụm công nghiệp``), unlike a level
#: or a change it may foresee (``dự kiến đạt``, ``dự kiến tăng``): a deed to come is a plan whatever year it falls in.
FORECAST_DEEDS = (
    "xây dựng",
    "xây",
    "đầu tư",
    "khởi công",
    "triển khai",
    "tổ chức",
    "trao",
    "ký kết",
    "hỗ trợ",
    "bố trí",
    "phân bổ",
    "nâng cấp",
    "cải tạo",
    "lắp đặt",
    "mở",
    "thành lập",
    "di dời",
    "tuyển",
    "đào tạo",
    "làm mới",
)
#: Future and obligation wording (``sẽ khánh thành 200 km``, ``phải hướng đến 5%``): a plan, when
#: it governs the figure's own phrase (after the last comma before it).  Not ``nỗ lực``: the
#: press praises past efforts with it (``nỗ lực ... thực hiện đạt 6/14 chỉ tiêu``).  A wish or a proposal
#: (``muốn vay 300 triệu USD``, ``đề xuất bố trí 500 tỷ đồng``) is a plan too.
FUTURE_CUES = ("sẽ", "phải", "cố gắng", "hướng đến", "hướng tới", "nhằm", "muốn", "đề xuất", "kiến nghị")
#: What follows ``cần`` when it states a need (``cần huy động khoảng``) rather than a place (``Cần Giờ``).
NEED_FOLLOWERS = (
    "huy động",
    "đầu tư",
    "hỗ trợ",
    "bổ sung",
    "bố trí",
    "có",
    "thêm",
    "khoảng",
    "gần",
    "hơn",
    "trên",
    "tới",
    "đến",
    "phải",
    "được",
    "tối thiểu",
    "ít nhất",
)
#: What a project is described by before it is built: its cost, its size, its capacity.
PROJECT_DESIGN_WORDS = ("tổng mức đầu tư", "kinh phí đầu tư", "quy mô", "qui mô", "công suất")
#: Words that put a project still to come: a proposal, a feasibility study, the years it will take.
PROJECT_TO_COME_CUES = (
    "kiến nghị",
    "đề xuất",
    "nghiên cứu khả thi",
    "lập dự án",
    "dự kiến",
    "thời gian thực hiện dự án đến năm",
    "thời gian thực hiện đến năm",
)
#: Words that make a sentence report what is or was, not what is planned.
PAST_MARKERS = ("đã", "được", "vừa qua", "năm qua", "hiện nay", "hiện", "đang", "đến nay")
#: ``thống kê sơ bộ``, ``kiểm đếm sơ bộ``, ``đánh giá sơ bộ số tiêu chí đạt``: a first count or review of what
#: happened is a count, not an estimate.
ACTUAL_CUES = ("thực hiện", "đạt", "được", "có", "thống kê sơ bộ", "kiểm đếm sơ bộ", "đánh giá sơ bộ")

#: A target frame at the head of a sentence governs all its clauses: a goal, what must be reached
#: (``để đạt được số thu trên, ...``), an authority's instruction (``UBND tỉnh yêu cầu các đơn vị ...``).
TARGET_FRAME_CUES = (
    "phấn đấu",
    "mục tiêu",
    "chỉ tiêu",
    "kế hoạch năm",
    "dự kiến",
    "để đạt",
    "để hoàn thành",
    "khẩn trương thực hiện",
    "khẩn trương triển khai",
    "khẩn trương hoàn thành",
    "yêu cầu các",
    "đề nghị các",
    "yêu cầu ubnd",
    "đề nghị ubnd",
    "chỉ đạo các",
    "chỉ đạo đẩy nhanh",
    "từ nay đến",
    "thời gian tới",
)
#: Words before a plan word that make it what a result is measured against (see ``kinds``).
PLAN_REFERENCE_WORDS = (
    "vượt",
    "ngoài",
    "so với",
    "so",
    "hoàn thành",
    "đạt",
    "bằng",
    "thực hiện",
    "kết quả",
    "đạt và vượt",
    "đúng",
    "đáp ứng",
)

#: Words that may stand between a figure and a percentage that qualifies it
#: (``đạt 97,6% kế hoạch, tăng 9,06% so với năm 2019``, ``hoàn thành 64% dự toán``; a hedge of the change, ``ước tăng 15%``, ``tiếp
#: tục tăng 8%``; a contrast, ``song chỉ tăng 3%``, ``tuy nhiên giảm 5%``, ``nhưng vẫn tăng 2%``).  Any other
#: word opens a new subject, and the percentage is then a record of its own.
COMPARISON_GLUE = frozenset(
    [
        "ước",
        "tiếp",
        "tục",
        "bằng",
        "đạt",
        "hoàn",
        "tăng",
        "giảm",
        "vượt",
        "so",
        "với",
        "sánh",
        "cùng",
        "kỳ",
        "năm",
        "trước",
        "ngoái",
        "kế",
        "hoạch",
        "kh",
        "ck",
        "dự",
        "toán",
        "nghị",
        "quyết",
        "mục",
        "tiêu",
        "chỉ",
        "tỉnh",
        "thành",
        "phố",
        "tp",
        "huyện",
        "quận",
        "thị",
        "xã",
        "trung",
        "ương",
        "giao",
        "đề",
        "ra",
        "phấn",
        "đấu",
        "và",
        "nhưng",
        "song",
        "tuy",
        "nhiên",
        "vẫn",
        "nếu",
        "thì",
        "hơn",
        "khoảng",
        "gần",
        "trên",
        "dưới",
        "xấp",
        "xỉ",
        "đại",
        "hội",
        "đảng",
        "bộ",
        "hđnd",
        "ubnd",
        "theo",
        "của",
        "tháng",
        "quý",
        "đầu",
        "cuối",
        "cả",
        "lần",
        "lượt",
        "gấp",
        "đôi",
        "tức",
        "như",
        "vậy",
        "qua",
        "đó",
        "thứ",
        "khóa",
        "khoá",
        "nhiệm",
        "điều",
        "chỉnh",
        "tương",
        "ứng",
        "đương",
        "lên",
        "xuống",
        "mức",
        "là",
        "đã",
        "được",
        "chỉ",
        "còn",
        "lại",
        "riêng",
        "tính",
        "chung",
        "lũy",
        "kế",
        "luỹ",
        "cùng",
        "thời",
        "gian",
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "vi",
        "vii",
        "viii",
        "ix",
        "x",
        "xi",
        "xii",
        "xiii",
        "xiv",
        "xv",
        "xvi",
        "xvii",
        "xviii",
        "xix",
        "xx",
        "xxi",
        "xxii",
        "xxiii",
        "xxiv",
        "xxv",
    ]
)

#: Words a change verb may bring between itself and its percentage (``tăng trưởng 11,5%``,
#: ``giảm đến 52%``, ``tăng mạnh 30%``): glue only right after the verb.
CHANGE_ADVERBS = frozenset(["trưởng", "đến", "tới", "mạnh", "nhẹ", "thêm", "sâu", "nhanh"])
#: Words of momentum the press puts before a change verb (``bật tăng 3%``, ``nhích tăng 2%``, ``nối đà giảm
#: 7%``, ``giữ đà tăng 9%``, ``tiếp đà tăng``): glue only right before ``tăng`` or ``giảm``; not ``đà`` alone,
#: a noun (``đà tăng trưởng 9% là nhờ du lịch``).
CHANGE_MOMENTUM = ("bật", "nhích", "vọt", "nối đà", "giữ đà", "tiếp đà")

#: Words that may stand between a leading change and the amount it qualifies: cue and hedge words
#: only (``tăng 12% so với cùng kỳ, ước đạt 5.210 tỷ đồng``, ``giảm 3%, xuống còn 900 tỷ đồng``) -- not
#: ``tương đương``, which restates the change itself in absolute terms (``tăng 12%, tương đương 600 tỷ đồng``).
LEAD_GLUE = frozenset(
    [
        "ước",
        "đạt",
        "được",
        "tính",
        "thực",
        "hiện",
        "lên",
        "xuống",
        "còn",
        "tới",
        "đến",
        "mức",
        "ở",
        "là",
        "chỉ",
        "khoảng",
        "gần",
        "hơn",
        "trên",
        "xấp",
        "xỉ",
        "với",
        "và",
    ]
)

#: Relation words before a comparison percentage.
CHANGE_UP = ("tăng", "vượt", "cao hơn")
CHANGE_DOWN = ("giảm", "thấp hơn", "hụt")
#: ``hoàn thành 64% dự toán``, ``thực hiện 52% dự toán``: what a plan's share of done is said with, as ``đạt``.
RATIO_WORDS = ("bằng", "đạt", "chiếm", "tương đương", "hoàn thành", "thực hiện")

#: Place words that mean the whole country.
COUNTRY = ("cả nước", "toàn quốc")
#: The country's own name: the whole country only where a place is the subject of a clause (``kim ngạch
#: xuất khẩu của Việt Nam đạt``, ``Việt Nam đạt``), never as the owner of the words before it: the names of
#: national bodies and firms end with it (``Ngân hàng Chính sách xã hội Việt Nam cho vay``).
COUNTRY_NAMES = ("việt nam",)

#: Administrative words stripped from a place name (ANNOTATION.md, locality).
ADMIN_WORDS = ("thành phố", "tp.", "tp", "tỉnh", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường")


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex that matches any of ``words``, the longest one that fits winning.

    Written as a trie (``h(?:ộ(?:\\ dân|\\ gia\\ đình)?|...)``) rather than a flat ``a|b|c``: the regex
    engine tries a flat alternation's words one by one at every position, a trie only the branch of
    the next character -- the unit lists run to a few hundred words.  A greedy optional tail is tried
    before stopping, so longer words still win (``hộ dân`` over ``hộ``).
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{pattern})?" if "" in node else pattern
