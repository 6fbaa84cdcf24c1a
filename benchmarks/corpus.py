"""A synthetic corpus of Vietnamese local-government news with exact answers.

The five seed articles are too few to measure extraction speed, memory or the
GUI at 50,000 articles, and hand annotation does not scale.  So articles are
assembled here from the sentence patterns of the seeds and the dev corpus
(results and targets of a place, comparisons, scores, scraped furniture,
out-of-scope numbers), and every figure is written from a value chosen first.
The answers are therefore right by construction, in the exchange format of
``ANNOTATION.md``, and ``tools/score_extraction.py`` can score against them.

Each article is generated from its own random stream seeded by
``(seed, index)``: the output is byte-identical for the same seed, article
*i* does not depend on N, and articles could be made in any order.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.core.errors import InputError
from desktop.core.records import decimal_to_json

# ---------------------------------------------------------------------------
# Vocabulary: units, indicators, places.


@dataclass(frozen=True, slots=True)
class Unit:
    """How a figure is written, and the range its number is drawn from.

    ``exponent`` is the power of ten of the scale words (``tỷ đồng`` → 9), so
    that base_value = value × 10**exponent holds exactly.
    """

    written: str
    base: str
    exponent: int
    low: int
    high: int
    decimals: int = 0
    glued: bool = False  # written without a space: ``222.999ha``, ``2,2%``


@dataclass(frozen=True, slots=True)
class Indicator:
    """One measured thing: its label in the answers and the clauses that state it.

    A phrase holds ``{cue}`` (the kind word), ``{fig}`` (the figure) and
    optionally ``{prev}`` (the previous year) or ``{place}`` (the
    administrative word).  Where the cue comes right before the figure it is
    a noun cue (``Thu ngân sách ước đạt``), otherwise a verb cue (``ước giải
    quyết việc làm cho``).
    """

    label: str
    phrases: tuple[str, ...]
    units: tuple[Unit, ...]
    core: bool = True
    comparable: bool = False  # an absolute figure that may carry comparisons
    ranged: bool = False  # a growth rate that a target may give as a range
    peer: bool = False  # a rate often set beside the country's or another province's


def _money(low: int, high: int) -> tuple[Unit, ...]:
    """Amounts in đồng, written in the three scales the articles use."""
    return (
        Unit("tỷ đồng", "đồng", 9, low, high, 1),
        Unit("triệu đồng", "đồng", 6, low * 1000, high * 1000),
        Unit("nghìn tỷ đồng", "đồng", 12, max(1, low // 1000), max(2, high // 1000), 2),
    )


def _count(unit: str, low: int, high: int) -> tuple[Unit, ...]:
    return (Unit(unit, unit, 0, low, high),)


PERCENT_GROWTH = (Unit("%", "%", 0, 1, 14, 2, glued=True),)
PERCENT_SHARE = (Unit("%", "%", 0, 20, 99, 2, glued=True),)
PERCENT_SMALL = (Unit("%", "%", 0, 0, 6, 2, glued=True),)
USD = (Unit("triệu USD", "usd", 6, 20, 3000, 2), Unit("tỷ USD", "usd", 9, 1, 40, 2))
HECTARES = (Unit("ha", "ha", 0, 800, 250000, 1, glued=True), Unit("ha", "ha", 0, 800, 250000, 1))
TONNES = (
    Unit("tấn", "tấn", 0, 2000, 900000),
    Unit("nghìn tấn", "tấn", 3, 5, 900, 1),
    Unit("triệu tấn", "tấn", 6, 1, 9, 2),
)
VISITS = (
    Unit("lượt khách", "lượt khách", 0, 20000, 900000),
    Unit("nghìn lượt", "lượt", 3, 50, 950, 1),
    Unit("triệu lượt", "lượt", 6, 1, 12, 2),
)
PER_HEAD = (
    Unit("triệu đồng/người/năm", "đồng/người/năm", 6, 25, 140, 1),
    Unit("đồng", "đồng", 0, 30_000_000, 150_000_000),
    Unit("USD/người/năm", "usd/người/năm", 0, 1500, 7500),
)

INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "Giá trị sản xuất công nghiệp và xây dựng",
        (
            "giá trị sản xuất công nghiệp và xây dựng {cue}{fig}",
            "giá trị sản xuất ngành công nghiệp - xây dựng {cue}{fig}",
        ),
        _money(500, 90000),
        comparable=True,
    ),
    Indicator(
        "Giá trị sản xuất các ngành thương mại, dịch vụ",
        ("giá trị sản xuất các ngành thương mại, dịch vụ {cue}{fig}",),
        _money(300, 30000),
        comparable=True,
    ),
    Indicator(
        "Giá trị sản xuất nông - lâm - thủy sản",
        ("giá trị sản xuất nông - lâm - thủy sản {cue}{fig}", "nông - lâm - thuỷ sản {cue}{fig}"),
        _money(200, 12000),
        comparable=True,
    ),
    Indicator(
        "Thu ngân sách nhà nước trên địa bàn",
        (
            "thu ngân sách nhà nước trên địa bàn {cue}{fig}",
            "tổng thu ngân sách nhà nước trên địa bàn {cue}{fig}",
        ),
        _money(300, 60000),
        comparable=True,
    ),
    Indicator(
        "Thu ngân sách địa phương",
        ("thu ngân sách địa phương {cue}{fig}",),
        _money(200, 20000),
        comparable=True,
    ),
    Indicator(
        "Chi ngân sách địa phương",
        ("tổng chi ngân sách địa phương {cue}{fig}",),
        _money(300, 25000),
        comparable=True,
    ),
    Indicator(
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội",
        (
            "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội {cue}{fig}",
            "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ {cue}{fig}",
        ),
        _money(1000, 150000),
        comparable=True,
    ),
    Indicator(
        "Tổng vốn đầu tư phát triển toàn xã hội",
        (
            "tổng vốn đầu tư phát triển toàn xã hội {cue}{fig}",
            "tổng vốn đầu tư phát triển trên địa bàn {cue}{fig}",
        ),
        _money(800, 90000),
        comparable=True,
    ),
    Indicator(
        "Giải ngân vốn đầu tư công",
        ("giải ngân vốn đầu tư công {cue}{fig}",),
        _money(100, 9000),
        comparable=True,
    ),
    Indicator(
        "Doanh thu du lịch",
        ("tổng doanh thu từ hoạt động du lịch {cue}{fig}", "tổng thu từ khách du lịch {cue}{fig}"),
        _money(50, 20000),
        comparable=True,
    ),
    Indicator(
        "Tổng sản phẩm trên địa bàn (GRDP)",
        ("tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành {cue}{fig}",),
        _money(2000, 400000),
        comparable=True,
    ),
    Indicator(
        "Kim ngạch xuất khẩu",
        ("kim ngạch xuất khẩu hàng hóa {cue}{fig}", "tổng kim ngạch xuất khẩu {cue}{fig}"),
        USD,
        comparable=True,
    ),
    Indicator("Kim ngạch nhập khẩu", ("kim ngạch nhập khẩu {cue}{fig}",), USD, comparable=True),
    Indicator(
        "Vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký",
        ("vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký {cue}{fig}",),
        USD[:1],
        comparable=True,
    ),
    Indicator(
        "GRDP bình quân đầu người",
        ("GRDP bình quân đầu người {cue}{fig}", "thu nhập bình quân đầu người {cue}{fig}"),
        PER_HEAD,
        comparable=True,
    ),
    Indicator(
        "Thu nhập bình quân đầu người khu vực nông thôn",
        ("thu nhập bình quân đầu người ở khu vực nông thôn {cue}{fig}",),
        PER_HEAD[:1],
        comparable=True,
    ),
    Indicator(
        "Sản lượng lúa",
        ("sản lượng lúa {cue}{fig}", "sản lượng lương thực có hạt {cue}{fig}"),
        TONNES,
        comparable=True,
    ),
    Indicator(
        "Sản lượng thủy sản",
        ("sản lượng thủy sản nuôi trồng và khai thác {cue}{fig}",),
        TONNES[:2],
        comparable=True,
    ),
    Indicator(
        "Sản lượng than nguyên khai", ("sản lượng than nguyên khai {cue}{fig}",), TONNES[2:], comparable=True
    ),
    Indicator(
        "Diện tích gieo trồng lúa",
        ("diện tích gieo trồng lúa {cue}{fig}", "{cue}xuống giống {fig} lúa"),
        HECTARES,
    ),
    Indicator(
        "Diện tích trồng rừng mới",
        ("diện tích trồng rừng mới {cue}{fig}",),
        (Unit("ha", "ha", 0, 100, 9000, 1),),
    ),
    Indicator(
        "Khách du lịch",
        ("khách du lịch đến {place} trong năm {cue}{fig}", "tổng lượt khách du lịch {cue}{fig}"),
        VISITS,
        comparable=True,
    ),
    Indicator(
        "Giải quyết việc làm",
        ("{cue}giải quyết việc làm cho {fig}", "{cue}tạo việc làm mới cho {fig}"),
        _count("lao động", 800, 160000),
    ),
    Indicator(
        "Doanh nghiệp thành lập mới",
        ("{cue}thành lập mới {fig}", "{cue}có thêm {fig} đăng ký thành lập mới"),
        _count("doanh nghiệp", 40, 9000),
    ),
    Indicator(
        "Dự án đầu tư mới",
        ("{cue}thu hút thêm {fig} mới", "{cue}cấp chủ trương đầu tư cho {fig}"),
        _count("dự án", 2, 400),
    ),
    Indicator(
        "Xã đạt chuẩn nông thôn mới",
        ("{cue}có thêm {fig} đạt chuẩn nông thôn mới", "{cue}công nhận thêm {fig} đạt chuẩn nông thôn mới"),
        _count("xã", 1, 40),
    ),
    Indicator(
        "Trường học xây dựng mới và sửa chữa",
        ("{cue}xây dựng mới và sửa chữa {fig}",),
        _count("trường học", 3, 150),
    ),
    Indicator(
        "Hộ thoát nghèo", ("{cue}giảm {fig} nghèo", "{cue}giúp {fig} thoát nghèo"), _count("hộ", 50, 9000)
    ),
    Indicator(
        "Đường giao thông nông thôn được bê tông hóa",
        ("{cue}bê tông hóa {fig} đường giao thông nông thôn",),
        (Unit("km", "km", 0, 5, 900, 1),),
    ),
    Indicator(
        "Hồ sơ thủ tục hành chính tiếp nhận",
        ("{cue}tiếp nhận và giải quyết {fig} thủ tục hành chính",),
        _count("hồ sơ", 2000, 250000),
        core=False,
    ),
    Indicator("Đảng viên kết nạp", ("{cue}kết nạp {fig} mới",), _count("đảng viên", 40, 3000), core=False),
    Indicator(
        "Đảng viên bị thi hành kỷ luật",
        ("{cue}có {fig} vi phạm bị thi hành kỷ luật",),
        _count("đảng viên", 3, 200),
        core=False,
    ),
    Indicator(
        "Văn bản ban hành", ("{cue}ban hành {fig} các loại",), _count("văn bản", 100, 4000), core=False
    ),
    Indicator(
        "Tăng trưởng kinh tế (GRDP)",
        (
            "tăng trưởng kinh tế (GRDP) {cue}tăng {fig} so với năm {prev}",
            "tốc độ tăng trưởng kinh tế {cue}{fig}",
            "tổng sản phẩm trên địa bàn (GRDP) {cue}tăng {fig}",
        ),
        PERCENT_GROWTH,
        ranged=True,
        peer=True,
    ),
    Indicator(
        "Chỉ số sản xuất công nghiệp (IIP)",
        (
            "chỉ số sản xuất công nghiệp (IIP) {cue}tăng {fig}",
            "chỉ số phát triển công nghiệp {cue}tăng {fig}",
        ),
        PERCENT_GROWTH,
        peer=True,
    ),
    Indicator(
        "Chỉ số giá tiêu dùng (CPI) bình quân",
        ("chỉ số giá tiêu dùng (CPI) bình quân {cue}tăng {fig} so với cùng kỳ",),
        PERCENT_SMALL,
        peer=True,
    ),
    Indicator(
        "Tỷ lệ hộ nghèo",
        ("tỷ lệ hộ nghèo {cue}giảm còn {fig}", "tỷ lệ hộ nghèo {cue}giảm xuống còn {fig}"),
        PERCENT_SMALL,
    ),
    Indicator("Tỷ lệ lao động qua đào tạo", ("tỷ lệ lao động qua đào tạo {cue}{fig}",), PERCENT_SHARE),
    Indicator(
        "Tỷ lệ dân số tham gia bảo hiểm y tế",
        ("tỷ lệ dân số tham gia bảo hiểm y tế {cue}{fig}", "tỷ lệ bao phủ bảo hiểm y tế {cue}{fig}"),
        PERCENT_SHARE,
    ),
    Indicator(
        "Tỷ lệ trường đạt chuẩn quốc gia", ("tỷ lệ trường học đạt chuẩn quốc gia {cue}{fig}",), PERCENT_SHARE
    ),
    Indicator("Tỷ lệ che phủ rừng", ("tỷ lệ che phủ rừng {cue}{fig}",), PERCENT_SHARE),
    Indicator(
        "Tỷ lệ giải ngân vốn đầu tư công",
        ("tỷ lệ giải ngân vốn đầu tư công {cue}{fig} kế hoạch",),
        PERCENT_SHARE,
    ),
    Indicator(
        "Tỷ trọng khu vực dịch vụ trong cơ cấu kinh tế",
        ("khu vực dịch vụ {cue}chiếm tỷ trọng {fig} trong cơ cấu kinh tế",),
        PERCENT_SHARE,
    ),
)
ABSOLUTE = tuple(i for i in INDICATORS if i.units[0].base != "%")
RATES = tuple(i for i in INDICATORS if i.units[0].base == "%")
TARGETABLE = tuple(i for i in INDICATORS if i.core)

#: Kind cue words, as ANNOTATION.md lists them; "" is a bare figure (actual).
NOUN_CUES = {
    "actual": ("đạt ", "đạt ", "thực hiện ", "được ", ""),
    "estimate": ("ước đạt ", "ước đạt ", "ước thực hiện ", "ước tính đạt ", "dự ước đạt "),
    "target": ("phấn đấu đạt ", "mục tiêu đạt ", "kế hoạch giao "),
}
VERB_CUES = {
    "actual": ("", "đã "),
    "estimate": ("ước ", "ước tính "),
    "target": ("phấn đấu ", "mục tiêu "),
}
#: Cues inside a paragraph whose opening ``phấn đấu:`` already makes every figure a target.
SCOPED_CUES = {"noun": ("đạt ", ""), "verb": ("",)}
HEDGES = (
    ("gần ", "approx"),
    ("khoảng ", "approx"),
    ("xấp xỉ ", "approx"),
    ("hơn ", "over"),
    ("trên ", "over"),
    ("dưới ", "under"),
    ("chưa đến ", "under"),
)


@dataclass(frozen=True, slots=True)
class Place:
    """A locality: the administrative word the text uses and the proper name the answers use."""

    admin: str  # tỉnh, thành phố, huyện, thị xã, quận
    name: str
    superior: str  # who sets its plan: "tỉnh" or "Trung ương"

    @property
    def party(self) -> str:
        return {
            "tỉnh": "Tỉnh ủy",
            "thành phố": "Thành ủy",
            "huyện": "Huyện ủy",
            "thị xã": "Thị ủy",
            "quận": "Quận ủy",
        }[self.admin]

    def full(self, rng: random.Random) -> str:
        """The place by name, as headlines and leads write it."""
        if self.admin == "thành phố" and rng.random() < 0.5:
            return f"TP {self.name}"
        return f"{self.admin} {self.name}"


def _places(admin: str, superior: str, names: str) -> tuple[Place, ...]:
    return tuple(Place(admin, name.strip(), superior) for name in names.split(","))


PLACES: tuple[Place, ...] = (
    _places("thành phố", "Trung ương", "Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ")
    + _places(
        "tỉnh",
        "Trung ương",
        "An Giang, Bắc Giang, Bắc Kạn, Bắc Ninh, Bình Dương, Bình Định, Cà Mau, Đắk Lắk, Đắk Nông, "
        "Đồng Nai, Gia Lai, Hà Giang, Hà Nam, Hà Tĩnh, Hải Dương, Hưng Yên, Kiên Giang, Lào Cai, "
        "Lâm Đồng, Long An, Nam Định, Nghệ An, Ninh Bình, Phú Thọ, Quảng Bình, Quảng Nam, Quảng Ninh, "
        "Quảng Trị, Sóc Trăng, Thái Bình, Thái Nguyên, Thanh Hóa, Thừa Thiên Huế, Tiền Giang, "
        "Vĩnh Long, Vĩnh Phúc, Yên Bái, Sơn La, Tuyên Quang, Bến Tre",
    )
    + _places(
        "thành phố",
        "tỉnh",
        "Cẩm Phả, Hạ Long, Uông Bí, Yên Bái, Quy Nhơn, Nha Trang, Buôn Ma Thuột, Đà Lạt, Vinh, "
        "Thái Nguyên, Việt Trì, Bắc Giang, Tuy Hòa, Long Xuyên, Rạch Giá",
    )
    + _places(
        "huyện",
        "tỉnh",
        "Đắk R'Lấp, Đắk Glong, Cần Giờ, Quế Sơn, Hoài Ân, Phù Cát, Tuy Phước, Vĩnh Thạnh, Tiên Du, "
        "Lục Ngạn, Mộc Châu, Đông Anh, Củ Chi, Thoại Sơn, Krông Pắc",
    )
    + _places("thị xã", "tỉnh", "Quảng Yên, Sơn Tây, Hương Thủy, Ninh Hòa, Phú Mỹ, Điện Bàn")
    + _places("quận", "thành phố", "Ninh Kiều, Hải Châu, Thanh Khê, Lê Chân, Bình Thủy")
)
PEERS = tuple(p for p in PLACES if p.superior == "Trung ương")
NATION = "cả nước"

# ---------------------------------------------------------------------------
# Prose without figures: people, furniture, filler, out-of-scope numbers.

PEOPLE = (
    "Nguyễn Hồng Dương",
    "Lê Quang Mạnh",
    "Phạm Văn Hiểu",
    "Trần Việt Trường",
    "Đỗ Đức Minh",
    "Nguyễn Thị Thu Hoa",
    "Lê Duy Thành",
    "Dương Văn Thái",
    "Hoàng Văn Nam",
    "Vũ Thị Hương",
)
BYLINES = (
    "Lê An",
    "Thành Quảng",
    "Cao Quỳnh (Thực hiện)",
    "Tin, ảnh: Vĩnh Tân",
    "Minh Chín- Đào Hạnh (Trung tâm TT&VH thành phố)",
    "Anh Tuấn  (TTXVN)",
    "Quang Huy",
    "PV",
)
ROMAN = ("XII", "XIII", "XIV", "XV", "XIX", "XX", "XXII", "XXIII")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MENU = "► Dành cho người dân\n  ► Dành cho nhà đầu tư\n  ► Dành cho Du khách\n  ► Tìm kiếm\n \n\nBẢN TIN THÀNH PHỐ\n\nTHƯ VIỆN VIDEO\n"
FILLER = (
    "Giáo dục, y tế, vệ sinh an toàn thực phẩm, vệ sinh môi trường được quan tâm; an ninh - quốc phòng được tăng cường củng cố",
    "Công tác xúc tiến đầu tư, hỗ trợ doanh nghiệp tiếp tục được đẩy mạnh; các biện pháp khôi phục kinh tế, kích cầu du lịch, dịch vụ được tập trung thực hiện",
    "Quốc phòng được tăng cường; an ninh chính trị, trật tự an toàn xã hội được giữ vững ổn định",
    "Hoạt động của hệ thống chính quyền bảo đảm hiệu lực, hiệu quả, giữ vững kỷ luật, kỷ cương hành chính, phát huy quyền làm chủ của Nhân dân",
    "Đảng bộ chú trọng công tác xây dựng Đảng, hệ thống chính trị, phát huy dân chủ, sức mạnh khối đại đoàn kết toàn dân, tăng cường xây dựng, chỉnh đốn Đảng trong sạch, vững mạnh",
    "Bên cạnh kết quả đạt được, vẫn còn một số khó khăn, hạn chế như: kinh tế tăng trưởng chưa tương xứng với tiềm năng; giải ngân vốn đầu tư công còn chậm; chất lượng dịch vụ y tế cơ sở chưa đáp ứng yêu cầu",
    "Tập trung huy động và sử dụng hiệu quả mọi nguồn lực, đẩy nhanh tốc độ phát triển và hoàn thiện kết cấu hạ tầng kinh tế - xã hội đồng bộ, hiện đại",
    "Nâng cao chất lượng cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, phát triển mạnh khu vực kinh tế tư nhân, khởi nghiệp sáng tạo",
    "Chú trọng công tác quy hoạch, quản lý quy hoạch, phát triển đô thị; bảo đảm thực hiện kỷ cương, xây dựng nông thôn mới, đô thị văn minh",
    "Công tác an sinh xã hội được bảo đảm; đời sống vật chất, tinh thần của Nhân dân tiếp tục được cải thiện",
    "Tình hình tội phạm, tệ nạn xã hội từng lúc, từng nơi còn diễn biến phức tạp; công tác xã hội hóa trong lĩnh vực giáo dục, văn hóa, thể thao còn hạn chế",
    "Đẩy mạnh phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí, tiếp tục nâng cao chất lượng công tác kiểm tra, giám sát và cải cách tư pháp",
    "Phát triển nguồn nhân lực chất lượng cao và lao động có kỹ năng gắn với tăng nhanh quy mô và nâng cao chất lượng dân số",
    "Các cơ quan, đơn vị xây dựng kế hoạch phân bổ chi tiết, xác định rõ nội dung các nhiệm vụ, giải pháp, thời gian thực hiện, thời gian hoàn thành từng nội dung công việc",
    "Tiếp tục đổi mới tư duy phát triển, hành động quyết liệt hơn, hiệu quả hơn, vượt qua khó khăn, thách thức, nỗ lực phấn đấu thực hiện thành công, toàn diện các mục tiêu, nhiệm vụ",
)


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}"


#: Clauses whose numbers are never records (ANNOTATION.md "Out of scope"): document ids, dates,
#: congresses and terms, horizons, anniversaries, age thresholds, counts of ideas, multiples, ranks,
#: group-defining thresholds and a model household.  Each takes (rng, place, year).
OUT_OF_SCOPE: tuple[Callable[[random.Random, Place, int], str], ...] = (
    lambda rng, place, year: (
        f"thực hiện nghiêm Nghị quyết số {rng.randint(20, 199)}/NQ-HĐND ngày "
        f"{_date(rng, year - 1)} của HĐND {place.admin} về phương hướng, nhiệm vụ năm {year}"
    ),
    lambda rng, place, year: (
        f"triển khai Quyết định số {rng.randint(100, 4999)}/QĐ-UBND ngày "
        f"{_date(rng, year - 1)} về việc giao chỉ tiêu phát triển kinh tế - xã hội năm {year}"
    ),
    lambda rng, place, year: (
        "tiếp tục thực hiện có hiệu quả Nghị quyết Trung ương 4 (Khoá XII) gắn với "
        "Chỉ thị 05-CT/TW của Bộ Chính trị"
    ),
    lambda rng, place, year: (
        f"lập thành tích chào mừng Đại hội Đảng bộ {place.admin} lần thứ "
        f"{rng.choice(ROMAN)}, nhiệm kỳ 2020-2025"
    ),
    lambda rng, place, year: (
        "trong đó ba đột phá chiến lược được tập trung chỉ đạo là đầu tư kết cấu hạ tầng "
        "đồng bộ, cải cách hành chính và phát triển nguồn nhân lực"
    ),
    lambda rng, place, year: (
        f"{place.admin} tiếp tục phát triển dựa trên 4 trụ cột chính, với "
        f"{rng.randint(3, 6)} nhiệm vụ trọng tâm"
    ),
    lambda rng, place, year: (
        f"xây dựng {place.admin} phát triển nhanh, bền vững đến năm 2030, tầm nhìn đến năm "
        f"{rng.choice((2045, 2050))}"
    ),
    lambda rng, place, year: "chuẩn bị xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2021-2025",
    lambda rng, place, year: (
        f"chuẩn bị tổ chức lễ kỷ niệm {rng.choice((10, 15, 20, 25, 30))} năm thành lập {place.admin}"
    ),
    lambda rng, place, year: "tổ chức tiêm vắc-xin phòng Covid-19 cho người từ 12 tuổi trở lên",
    lambda rng, place, year: (
        f"chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đứng thứ {rng.randint(2, 60)}, tăng "
        f"{rng.randint(2, 15)} bậc so với năm trước"
    ),
    lambda rng, place, year: (
        f"quy mô nền kinh tế tăng gấp {rng.randint(1, 3)},{rng.randint(1, 9)} lần so với năm {year - 5}"
    ),
    lambda rng, place, year: (
        f"Nghị quyết Đại hội đã đề ra {rng.randint(18, 30)} chỉ tiêu chủ yếu và {rng.randint(3, 5)} tiêu chí"
    ),
    lambda rng, place, year: "miễn, giảm thuế cho các hộ kinh doanh có doanh thu từ 100 triệu đồng trở lên",
    lambda rng, place, year: (
        f"điển hình như gia đình ông {rng.choice(PEOPLE)} nuôi {rng.randint(2, 9)}00 con "
        f"bò, mỗi năm thu lãi hơn {rng.randint(2, 9)}00 triệu đồng"
    ),
)


def upper_first(text: str) -> str:
    """Capitalise a sentence start without lowering the rest (``str.capitalize`` would)."""
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------
# Figures.


def vn_number(whole: int, frac: int = 0, places: int = 0) -> str:
    """Vietnamese notation: ``.`` groups thousands, ``,`` is the decimal mark."""
    text = f"{whole:,}".replace(",", ".")
    return f"{text},{frac:0{places}d}" if places else text


def draw_number(rng: random.Random, low: int, high: int, decimals: int) -> tuple[str, Decimal]:
    """A number in [low, high] with up to ``decimals`` places, as written and as an exact Decimal.

    The last decimal is never 0, and a zero whole part always has decimals,
    so that the text never reads ``4,50%`` or ``0%``.
    """
    whole = rng.randint(low, high)
    places = rng.randint(0, decimals) if decimals else 0
    if whole == 0 and decimals:
        places = max(places, 1)
    if not places:
        return vn_number(whole), Decimal(whole)
    frac = rng.randrange(1, 10**places)
    if frac % 10 == 0:
        frac += 1
    return vn_number(whole, frac, places), Decimal(f"{whole}.{frac:0{places}d}")


def draw_percent(rng: random.Random, low: int, high: int) -> tuple[str, Decimal]:
    """A percentage as comparisons write it: ``117,69%``."""
    text, value = draw_number(rng, low, high, 2)
    return f"{text}%", value


@dataclass(slots=True)
class Figure:
    """A figure placed in the text, with everything its answer record says about it."""

    text: str
    indicator: str
    value: Decimal
    unit: str
    base_unit: str
    exponent: int
    kind: str
    period: str
    locality: str
    qualifier: str = "exact"
    of: Decimal | None = None
    value_max: Decimal | None = None
    comparisons: list[tuple[Decimal, str, str]] = field(default_factory=list)
    core: bool = True

    def answer(self, doc: str, start: int) -> dict[str, Any]:
        """The answer record in the exchange format; ``start``/``end`` index the article text."""
        return {
            "doc": doc,
            "indicator": self.indicator,
            "value": decimal_to_json(self.value),
            "unit": self.unit,
            "base_value": decimal_to_json(self.value.scaleb(self.exponent)),
            "base_unit": self.base_unit,
            "of": decimal_to_json(self.of),
            "value_max": decimal_to_json(self.value_max),
            "qualifier": self.qualifier,
            "kind": self.kind,
            "period": self.period,
            "locality": self.locality,
            "comparisons": [
                {"percent": decimal_to_json(p), "relation": r, "basis": b} for p, r, b in self.comparisons
            ],
            "text": self.text,
            "start": start,
            "end": start + len(self.text),
            "core": self.core,
        }


Part = str | Figure
Clause = list[Part]


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One generated article: its id, title, ISO publication date, full text and answer records."""

    doc: str
    title: str
    published: str
    text: str
    answers: list[dict[str, Any]]


# ---------------------------------------------------------------------------
# Article assembly.


class ArticleWriter:
    """Writes the clauses of one article about one place and year.

    Every method draws from the article's own random stream, so the same
    stream always yields the same article.
    """

    def __init__(self, rng: random.Random, place: Place, year: int) -> None:
        self.rng = rng
        self.place = place
        self.year = year
        self.prose = rng.sample(FILLER, len(FILLER))  # drawn without repeats across the article

    # -- single figures ----------------------------------------------------

    def figure(self, indicator: Indicator, kind: str, period: str, hedge: bool = True) -> Figure:
        """A figure of ``indicator``: number, unit and perhaps a hedge word (kept out of ``text``)."""
        rng = self.rng
        unit = rng.choice(indicator.units)
        number, value = draw_number(rng, unit.low, unit.high, unit.decimals)
        text = f"{number}{unit.written}" if unit.glued else f"{number} {unit.written}"
        qualifier = "exact"
        if hedge and rng.random() < 0.18:
            # "dưới" reads as a ceiling: natural for rates, odd for counts and amounts
            qualifier = rng.choice(HEDGES if unit.base == "%" else HEDGES[:5])[1]
        return Figure(
            text,
            indicator.label,
            value,
            unit.written.lower(),
            unit.base,
            unit.exponent,
            kind,
            period,
            self.place.name,
            qualifier,
            core=indicator.core,
        )

    def hedge_word(self, figure: Figure) -> str:
        """The word before the number that says the figure's qualifier."""
        if figure.qualifier == "exact":
            return ""
        return self.rng.choice([w for w, q in HEDGES if q == figure.qualifier])

    def range_figure(self, indicator: Indicator, period: str) -> Figure:
        """A target growth range: ``8,3%-8,5%`` or ``7 – 7,5%``."""
        rng = self.rng
        low_text, low = draw_number(rng, 5, 9, 1)
        step = Decimal(rng.choice(("0.2", "0.5", "1")))
        high = low + step
        high_text = vn_number(int(high), int((high % 1) * 10), 1) if high % 1 else vn_number(int(high))
        text = f"{low_text}%-{high_text}%" if rng.random() < 0.5 else f"{low_text} – {high_text}%"
        return Figure(
            text, indicator.label, low, "%", "%", 0, "target", period, self.place.name, value_max=high
        )

    def score_clause(self, period: str) -> Clause:
        """An ``X/Y chỉ tiêu`` score, a record of its own (ANNOTATION.md scope)."""
        rng = self.rng
        total = rng.randint(10, 30)
        done = rng.randint(total // 2, total)
        fig = Figure(
            f"{done}/{total} chỉ tiêu",
            "Chỉ tiêu chủ yếu đạt và vượt",
            Decimal(done),
            "chỉ tiêu",
            "chỉ tiêu",
            0,
            "actual",
            period,
            self.place.name,
            of=Decimal(total),
        )
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        if rng.random() < 0.5:
            return [
                "qua đó ",
                fig,
                f" chủ yếu thực hiện Nghị quyết số {rng.randint(20, 199)}/NQ-HĐND ngày "
                f"{day}/{month}/{self.year - 1} của HĐND {self.place.admin} đều hoàn thành và vượt kế hoạch",
            ]
        return [
            "toàn hệ thống chính trị và Nhân dân nỗ lực khắc phục khó khăn, thực hiện đạt và vượt ",
            fig,
            f" theo Nghị quyết {self.place.party} đề ra",
        ]

    # -- comparisons and follow-ups -----------------------------------------

    def comparisons(self, figure: Figure) -> str:
        """Up to two comparisons after an absolute figure, recorded on the figure."""
        rng = self.rng
        roll = rng.random()
        count = 0 if roll < 0.35 else 1 if roll < 0.8 else 2
        parts = []
        bases = ("same_period", "target") if figure.kind == "target" else ("same_period", "plan", "target")
        for basis in rng.sample(bases, count):
            text, percent, relation = self.comparison(basis, figure.kind)
            figure.comparisons.append((percent, relation, basis))
            parts.append(text)
        return "".join(f", {p}" for p in parts)

    def comparison(self, basis: str, kind: str) -> tuple[str, Decimal, str]:
        """One comparison: its text, signed percent and relation."""
        rng, prev = self.rng, self.year - 1
        if basis == "same_period" and (kind == "target" or rng.random() < 0.6):
            text, percent = draw_percent(rng, 0, 25)
            if kind != "target" and rng.random() < 0.2:
                return f"giảm {text} so với cùng kỳ", -percent, "change"
            tail = rng.choice((" so với cùng kỳ", f" so với năm {prev}", " so với cùng kỳ năm trước", ""))
            if kind == "target":
                tail = f" so với năm {self.year}"
                text, percent = draw_percent(rng, 3, 25)
            return f"tăng {text}{tail}", percent, "change"
        text, percent = draw_percent(rng, 85, 135)
        if basis == "same_period":
            return (
                rng.choice((f"bằng {text} so với cùng kỳ", f"bằng {text} so với năm {prev}")),
                percent,
                "ratio",
            )
        if basis == "plan":
            plan = rng.choice(
                (
                    "kế hoạch",
                    "kế hoạch năm",
                    "dự toán",
                    f"kế hoạch {self.place.superior} giao",
                    f"dự toán HĐND {self.place.admin} giao",
                )
            )
            return f"đạt {text} {plan}", percent, "ratio"
        goals = ("Nghị quyết Đại hội", "mục tiêu Nghị quyết")
        if kind != "target":
            goals += (f"kế hoạch {self.place.admin} phấn đấu",)
        goal = rng.choice(goals)
        return f"bằng {text} {goal}", percent, "ratio"

    def absolute_change(self, figure: Figure) -> tuple[str, Figure]:
        """``tăng 46,2 tỷ đồng so với năm 2019``: an absolute change is a record of its own."""
        rng = self.rng
        step = Decimal("0.1") if figure.value < 1000 else Decimal(1)
        change = max(step, (figure.value * rng.randint(3, 30) / 100).quantize(step))
        whole, frac = int(change), int(change % 1 * 10)
        text = f"{vn_number(whole, frac, 1) if frac else vn_number(whole)} {figure.unit}"
        fig = Figure(
            text,
            f"Mức tăng {figure.indicator[0].lower()}{figure.indicator[1:]}",
            change,
            figure.unit,
            figure.base_unit,
            figure.exponent,
            figure.kind,
            figure.period,
            figure.locality,
        )
        return f" so với năm {self.year - 1}", fig

    def converted(self, figure: Figure) -> Figure:
        """The đồng amount an article gives in brackets after a USD amount: a record of its own."""
        rate = Decimal(self.rng.randint(22800, 24500))
        billions = (figure.value.scaleb(figure.exponent) * rate / Decimal(10) ** 9).quantize(Decimal(1))
        return Figure(
            f"{vn_number(int(billions))} tỷ đồng",
            figure.indicator,
            billions,
            "tỷ đồng",
            "đồng",
            9,
            figure.kind,
            figure.period,
            figure.locality,
        )

    def compound(self, figure: Figure) -> None:
        """Rewrite a ``tỷ đồng`` amount as ``825 tỷ 776 triệu đồng`` (= 825,776 tỷ đồng)."""
        whole, millions = int(figure.value), self.rng.randint(1, 999)
        if whole == 0:
            return
        figure.value = Decimal(whole) + Decimal(millions) / 1000
        figure.text = f"{vn_number(whole)} tỷ {millions} triệu đồng"

    def peer_clause(self, indicator: Indicator, kind: str, period: str) -> Clause:
        """A rate of another place mentioned in passing: a record of that place."""
        rng = self.rng
        other = rng.choice([p for p in PEERS if p.name != self.place.name])
        fig = self.figure(indicator, kind, period, hedge=False)
        where = NATION if rng.random() < 0.5 else other.full(rng)
        fig.locality = NATION if where == NATION else other.name
        cue = rng.choice(VERB_CUES[kind])
        return [f"trong khi {where} {cue}tăng ", fig]

    # -- clauses and paragraphs ---------------------------------------------

    def clause(self, indicator: Indicator, kind: str, period: str, scoped: bool = False) -> list[Clause]:
        """The clause stating one figure of ``indicator``, plus any records that ride along with it.

        Returns one or two clauses: a follow-up sentence (``Con số này bằng
        42,9% kế hoạch``) is a clause of its own.
        """
        rng = self.rng
        phrase = rng.choice(indicator.phrases).replace("{prev}", str(int(period) - 1))
        style = "noun" if "{cue}{fig}" in phrase else "verb"
        if scoped:
            cue = rng.choice(SCOPED_CUES[style])
        else:
            cue = rng.choice((NOUN_CUES if style == "noun" else VERB_CUES)[kind])
        head, tail = phrase.replace("{place}", self.place.admin).replace("{cue}", cue).split("{fig}")
        if kind == "target" and indicator.ranged and rng.random() < 0.4:
            if head.endswith("tăng "):
                head = head[: -len("tăng ")] + "đạt "
            return [[head, self.range_figure(indicator, period), tail]]
        fig = self.figure(indicator, kind, period)
        parts: Clause = [head + self.hedge_word(fig), fig, tail]
        extra: list[Clause] = []
        if indicator.comparable:
            parts.extend(self.follow_ups(fig, kind))
            if kind == "actual" and fig.base_unit == "đồng" and rng.random() < 0.06:
                pct_text, pct = draw_percent(rng, 30, 99)
                share = Figure(
                    pct_text,
                    f"Tỷ lệ thực hiện kế hoạch: {fig.indicator}",
                    pct,
                    "%",
                    "%",
                    0,
                    "actual",
                    period,
                    self.place.name,
                )
                extra.append([rng.choice(("con số này bằng ", "số vốn này bằng ")), share, " kế hoạch năm"])
        elif indicator.peer and kind != "target" and rng.random() < 0.15:
            parts.append(", ")
            parts.extend(self.peer_clause(indicator, kind, period))
        return [parts, *extra]

    def follow_ups(self, fig: Figure, kind: str) -> Clause:
        """What may follow an absolute figure: a converted amount, an absolute change, comparisons."""
        rng = self.rng
        parts: Clause = []
        if fig.base_unit == "usd" and rng.random() < 0.15:
            parts += [" (", self.converted(fig), ")"]
        if fig.unit == "tỷ đồng" and fig.qualifier == "exact" and rng.random() < 0.05:
            self.compound(fig)
        if fig.base_unit == "đồng" and kind != "target" and rng.random() < 0.07:
            tail, change = self.absolute_change(fig)
            return [*parts, ", tăng ", change, tail]
        if kind == "target" and rng.random() < 0.6:
            return parts
        parts.append(self.comparisons(fig))
        return parts

    def paragraph(self, opening: str, clauses: list[Clause], one_sentence: bool = False) -> Clause:
        """Join clauses into sentences after ``opening``; sentence starts are capitalised.

        ``one_sentence`` keeps every clause inside the sentence of the
        opening, whose ``phấn đấu:`` then governs them all.
        """
        rng = self.rng
        out: Clause = [opening]
        start_of_sentence = not opening
        for i, clause in enumerate(clauses):
            if i:
                sep = "; " if one_sentence else rng.choice(("; ", "; ", "; ", ". "))
                out.append(sep)
                start_of_sentence = sep == ". "
            first = clause[0]
            if start_of_sentence and isinstance(first, str):
                clause = [upper_first(first), *clause[1:]]
            out.extend(clause)
            start_of_sentence = False
        out.append(".")
        return out

    def results(self, count: int) -> list[Clause]:
        """Paragraphs of this year's results: actual and estimated figures with comparisons."""
        rng, period = self.rng, str(self.year)
        mostly = rng.choice(("actual", "estimate"))
        chosen = rng.sample(INDICATORS, count)
        clauses: list[Clause] = []
        for indicator in chosen:
            kind = mostly if rng.random() < 0.75 else ("estimate" if mostly == "actual" else "actual")
            clauses.extend(self.clause(indicator, kind, period))
        if rng.random() < 0.5:
            clauses.insert(rng.randint(0, len(clauses)), self.score_clause(period))
        openings = (
            f"Năm {self.year}, ",
            f"Trong năm {self.year}, ",
            f"Tính chung cả năm {self.year}, ",
            f"{rng.choice((6, 9))} tháng đầu năm {self.year}, ",
            f"Năm {self.year}, {self.place.admin} đã đạt được nhiều kết quả quan trọng: ",
            "Về phát triển kinh tế: ",
        )
        split = rng.randint(len(clauses) // 3, len(clauses) - 1) if len(clauses) > 6 else len(clauses)
        paragraphs = [self.paragraph(rng.choice(openings), clauses[:split])]
        if split < len(clauses):
            paragraphs.append(self.paragraph("", clauses[split:]))
        return paragraphs

    def targets(self, count: int) -> Clause:
        """A paragraph of next year's targets, either each with its cue or all under one ``phấn đấu:``."""
        rng, next_year = self.rng, self.year + 1
        scoped = rng.random() < 0.5
        chosen = rng.sample(TARGETABLE, count)
        clauses: list[Clause] = []
        for indicator in chosen:
            clauses.extend(self.clause(indicator, "target", str(next_year), scoped=scoped))
        if scoped:
            opening = rng.choice(
                (
                    f"Năm {next_year}, {self.place.admin} phấn đấu: ",
                    f"Về kinh tế năm {next_year}, phấn đấu ",
                    f"Bước sang năm {next_year}, các chỉ tiêu chủ yếu phấn đấu: ",
                )
            )
        else:
            opening = rng.choice(
                (f"Trong năm {next_year}, ", f"Mục tiêu năm {next_year}: ", f"Kế hoạch năm {next_year}: ")
            )
        return self.paragraph(opening, clauses, one_sentence=scoped)

    def filler(self, sentences: int) -> str:
        """A paragraph of figure-free prose, with an out-of-scope number now and then."""
        rng = self.rng
        chosen = [self.prose.pop() for _ in range(min(sentences, len(self.prose)))]
        if rng.random() < 0.8:
            oos = rng.choice(OUT_OF_SCOPE)(rng, self.place, self.year)
            chosen.insert(rng.randint(0, len(chosen)), upper_first(oos))
        return ". ".join(chosen) + "."


# ---------------------------------------------------------------------------
# Whole articles.


def _lead(rng: random.Random, place: Place, year: int, meeting: date) -> str:
    """The opening paragraph (repeated as a teaser at the end): dates and names, no records."""
    person = rng.choice(PEOPLE)
    where = place.full(rng)
    choices = (
        f"(TGCT) Chiều {meeting.day}/{meeting.month}, Ban Thường vụ {place.party} {place.name} họp đánh giá kết quả "
        f"thực hiện nhiệm vụ năm {year}, thảo luận dự thảo Nghị quyết nhiệm vụ năm {year + 1} của {place.party}. "
        f"Đồng chí {person}, Bí thư {place.party}, chủ trì cuộc họp.",
        f"Sáng ngày {meeting.day}/{meeting.month}/{meeting.year}, dưới sự chủ trì của đồng chí {person}, Chủ tịch "
        f"UBND {place.admin}, Thường trực UBND {where} đã tổ chức buổi làm việc với lãnh đạo các phòng, ban "
        f"chuyên môn về kết quả thực hiện nhiệm vụ năm {year} và kế hoạch năm {year + 1}.",
        f"VHDN: Với kết quả đạt được từ thực hiện “Mục tiêu kép” của năm {year}, {where} đã xác định chủ đề năm "
        f"công tác {year + 1} là: “Giữ vững đà tăng trưởng, tạo môi trường thuận lợi để thu hút đầu tư”.",
    )
    return rng.choice(choices)


def _published_line(rng: random.Random, when: date) -> str:
    """A publication stamp in one of the portal styles the seeds show."""
    hh, mi, ss = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
    d = f"{when.day:02d}/{when.month:02d}/{when.year}"
    return rng.choice(
        (
            f"Ngày xuất bản: {d} {(hh - 1) % 12 + 1:02d}:{mi:02d}:{ss:02d} {'SA' if hh < 12 else 'CH'}",
            f"{hh:02d}:{mi:02d} - {d}",
            f"{WEEKDAYS[when.weekday()]}, {d}, {hh:02d}:{mi:02d} [GMT+7]",
            f"{hh:02d}:{mi:02d}:{ss:02d} {when.day:02d}-{when.month:02d}-{when.year}",
        )
    )


def _title(rng: random.Random, place: Place, year: int, headline: Figure | None) -> str:
    """A headline; sometimes it restates a body figure, which is not a second record."""
    if headline is not None:
        return f"{place.name}: {headline.indicator} năm {year} đạt {headline.text}"
    return rng.choice(
        (
            f"Ban Thường vụ {place.party} họp đánh giá kết quả thực hiện Nghị quyết nhiệm vụ năm {year}",
            f"{upper_first(place.full(rng))}: Tự tin bước vào năm mới",
            f"{upper_first(place.full(rng))} triển khai nhiệm vụ phát triển kinh tế - xã hội năm {year + 1}",
            f"Kinh tế {place.name} năm {year}: nhiều điểm sáng",
        )
    )


def _teaser(lead: str, rng: random.Random) -> str:
    """The lead repeated at the page end, cut at a word boundary as portals do."""
    if len(lead) < 160 or rng.random() < 0.3:
        return lead
    cut = lead.rfind(" ", 0, rng.randint(140, min(len(lead), 230)))
    return lead[:cut] + " […]"


def render(parts: list[Part]) -> tuple[str, list[tuple[Figure, int]]]:
    """Join text parts into the article text; each Figure is returned with its offset."""
    pieces: list[str] = []
    placed: list[tuple[Figure, int]] = []
    pos = 0
    for part in parts:
        if isinstance(part, Figure):
            placed.append((part, pos))
            part = part.text
        pieces.append(part)
        pos += len(part)
    return "".join(pieces), placed


def build_article(rng: random.Random) -> tuple[str, str, list[Part]]:
    """Title, ISO publication date and text parts of one article."""
    place = rng.choice(PLACES)
    year = rng.randint(2016, 2023)
    writer = ArticleWriter(rng, place, year)
    published = date(year, 11, 15) + timedelta(days=rng.randint(0, 100))
    meeting = published - timedelta(days=rng.randint(1, 5))

    body: list[Part] = []
    for paragraph in writer.results(rng.randint(8, 17)):
        body += [*paragraph, "\n\n"]
        if rng.random() < 0.3:
            body.append(
                rng.choice(
                    (
                        "leftcenterrightdel\n \n\n",
                        "Toàn cảnh hội nghị\n\n",
                        f"Đồng chí {rng.choice(PEOPLE)} phát biểu tại hội nghị.\n\n",
                    )
                )
            )
    body += [writer.filler(rng.randint(2, 3)), "\n\n"]
    if rng.random() < 0.85:
        body += [*writer.targets(rng.randint(5, 10)), "\n\n"]
    body += [writer.filler(rng.randint(2, 5)), "\n\n", rng.choice(BYLINES), "\n"]

    money = [p for p in body if isinstance(p, Figure) and p.base_unit == "đồng" and p.period == str(year)]
    headline = rng.choice(money) if money and rng.random() < 0.3 else None
    title = _title(rng, place, year, headline)
    lead = _lead(rng, place, year, meeting)
    stamp = _published_line(rng, published)

    head: list[Part] = []
    if rng.random() < 0.25:
        head.append(MENU + "\n")
    elif rng.random() < 0.2:
        head.append("Sự kiện - chuyên đề:\n\n")
    head.append(f"{title}\n")
    if not stamp[0].isdigit() or rng.random() < 0.5:
        head.append(f"{stamp}\n")
        stamp = ""
    if rng.random() < 0.25:
        head.append(".\n.\n")
    head.append(f"\n{lead}\n\n")
    return title, published.isoformat(), head + body + _tail(rng, lead, stamp)


def _tail(rng: random.Random, lead: str, stamp: str) -> list[Part]:
    """Page furniture after the byline: related links, a view counter, the stamp, the teaser."""
    tail: list[Part] = []
    if rng.random() < 0.3:
        tail.append("\nTin liên quan\n\n" + ".\n" * rng.randint(2, 8))
    if rng.random() < 0.4:
        count = rng.randint(5, 9999)
        tail.append(f"\n{count}\n" if rng.random() < 0.5 else f"\nLượt xem: {vn_number(count)}\n")
    if stamp:
        tail.append(f"\n \n\n{stamp}\n")
    if rng.random() < 0.5:
        tail.append(f"\n{_teaser(lead, rng)}\n")
        if rng.random() < 0.5:
            tail.append("\nĐối tác của chúng tôi\n")
    return tail


def make_article(index: int, seed: int = 0) -> SyntheticArticle:
    """Article number ``index`` of the corpus for ``seed``; its id ends with a hash of its text."""
    rng = random.Random(f"chitieu-corpus:{seed}:{index}")
    title, published, parts = build_article(rng)
    text, placed = render(parts)
    doc = f"{index:06d}_{hashlib.blake2b(text.encode('utf-8'), digest_size=8).hexdigest()}"
    return SyntheticArticle(doc, title, published, text, [fig.answer(doc, start) for fig, start in placed])


def generate_articles(n: int, seed: int = 0) -> Iterator[SyntheticArticle]:
    """The first ``n`` articles of the corpus for ``seed``, one at a time."""
    for index in range(n):
        yield make_article(index, seed)


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """``(doc, text, answers)`` for the first ``n`` articles: the benchmark runner's view."""
    for article in generate_articles(n, seed):
        yield article.doc, article.text, article.answers


# ---------------------------------------------------------------------------
# Writing a corpus to disk.


@dataclass(slots=True)
class CorpusStats:
    """What :func:`write_corpus` wrote: counts for the benchmark report."""

    articles: int = 0
    figures: int = 0
    text_bytes: int = 0


def answer_line(answer: dict[str, Any]) -> str:
    """One JSON Lines record, UTF-8 text kept readable."""
    return json.dumps(answer, ensure_ascii=False) + "\n"


def article_line(article: SyntheticArticle) -> str:
    """One article of ``corpus.jsonl``: id, title, published, text (the same text as the ``.txt`` file)."""
    record = {"id": article.doc, "title": article.title, "published": article.published, "text": article.text}
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_corpus(n: int, outdir: Path, seed: int = 0, jsonl: bool = False) -> CorpusStats:
    """Write ``n`` articles and ``answers.jsonl`` into ``outdir``, streaming one article at a time.

    Articles go to ``NNNNNN_<hex>.txt`` files, or with ``jsonl`` to one
    ``corpus.jsonl`` (many small files are slow on some disks).  ``outdir``
    must be new or empty so that no article of an earlier run is scored
    against these answers.
    """
    if outdir.exists() and (not outdir.is_dir() or any(outdir.iterdir())):
        raise InputError(f"{outdir} is not an empty directory: choose a new or empty one for the corpus")
    outdir.mkdir(parents=True, exist_ok=True)
    stats = CorpusStats()
    with ExitStack() as stack:
        answers = stack.enter_context(open(outdir / "answers.jsonl", "w", encoding="utf-8", newline="\n"))
        corpus = None
        if jsonl:
            corpus = stack.enter_context(open(outdir / "corpus.jsonl", "w", encoding="utf-8", newline="\n"))
        for article in generate_articles(n, seed):
            data = article.text.encode("utf-8")
            if corpus is None:
                (outdir / f"{article.doc}.txt").write_bytes(data)
            else:
                corpus.write(article_line(article))
            answers.writelines(answer_line(a) for a in article.answers)
            stats.articles += 1
            stats.figures += len(article.answers)
            stats.text_bytes += len(data)
    return stats
