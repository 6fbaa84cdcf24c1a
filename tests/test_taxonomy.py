"""The editable taxonomy: loading, alias matching, names, official codes and unit classes."""

from pathlib import Path

import pytest

from desktop.core.errors import InputError
from desktop.core.extract import extract
from desktop.core.taxonomy import UNIT_CLASSES, Taxonomy, default_taxonomy, unit_class

#: The provincial codes of QĐ 05/2023/QĐ-TTg that shared/research/indicator-codes.md confirms.
CONFIRMED_OFFICIAL_CODES = {
    "T0101",
    "T0102",
    "T0103",
    "T0104",
    "T0105",
    "T0106",
    "T0107",
    "T0108",
    "T0109",
    "T0110",
    "T0111",
    "T0112",
    "T0113",
    "T0114",
    "T0115",
    "T0116",
    "T0117",
    "T0201",
    "T0202",
    "T0203",
    "T0204",
    "T0205",
    "T0206",
    "T0207",
    "T0208",
    "T0209",
    "T0210",
    "T0211",
    "T0501",
    "T0502",
    "T0901",
    "T0902",
    "T0903",
}

REQUIRED = [
    "budget_revenue",
    "grdp_growth",
    "retail_sales",
    "poverty_rate",
    "tourist_arrivals",
    "tourism_revenue",
    "export_value",
    "fdi_capital",
    "industrial_production_index",
    "jobs_created",
    "rice_area",
]


def test_shipped_taxonomy_has_the_core_codes():
    codes = list(default_taxonomy().indicators)
    assert set(REQUIRED) <= set(codes)
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Thu ngân sách nhà nước", "budget_revenue"),
        ("GRDP bình quân đầu người", "grdp_per_capita"),  # longer alias beats "grdp"
        ("Tăng trưởng kinh tế (GRDP)", "grdp_growth"),
        ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "retail_sales"),
        ("Tỷ lệ hộ nghèo", "poverty_rate"),
        ("  KIM   NGẠCH xuất khẩu ", "export_value"),
        ("Diện tích lúa", "rice_area"),
        ("Số con mèo trong xã", None),
        ("", None),
    ],
)
def test_code_for(label, code):
    assert default_taxonomy().code_for(label) == code


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        ("GRDP bình quân đầu người", "money", "grdp_per_capita"),  # not growth
        ("GRDP", "money", "grdp"),
        ("GRDP", "percent", "grdp_growth"),  # a percentage of GRDP is its growth
        ("Tổng sản phẩm trên địa bàn tăng", "percent", "grdp_growth"),
        ("Tăng trưởng thương mại dịch vụ", "percent", "services_value"),  # the growth of what it names
        ("Tăng trưởng nông, lâm, thủy sản", "percent", "agriculture_value"),
        ("Tăng trưởng", "percent", "grdp_growth"),  # a growth of nothing named is the economy's
        ("Giá bán", "money", "prices"),
        ("Giá thịt lợn tăng", "percent", "cpi"),  # the unit picks among indicators of one word
        ("Thu hoạch", "money", None),  # the longest alias at a word counts: ``thu hoạch`` is no ``thu``
        ("Nhà văn hóa xã đạt chuẩn", "count", "culture"),  # the head comes first
        ("Tổng diện tích bị thiệt hại", "area", "agri_damage"),  # a longer alias overlapping the first
        ("Hộ dân được dùng nước sạch", "count", "clean_water_rate"),  # a generic head yields
        # the population a rate is of yields to what is said of it
        ("Tỷ lệ dân số nông thôn được dùng nước hợp vệ sinh", "percent", "clean_water_rate"),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "percent", "health_insurance_rate"),
        ("Dân số trung bình", "count", "population"),
        ("Hạt giống xuất khẩu", "mass", "export_value"),  # products that end in ``xuất khẩu``
        ("Diện tích hộ trồng cam", "area", "planting_area"),  # an area of a crop
        ("Diện tích đất tự nhiên", "area", "land_area"),
        ("Khu vực kinh tế nhà nước xuất khẩu", "money", "export_value"),  # a sector names nothing
        ("Giá trị sản xuất nông, lâm, thuỷ sản", "money", "agriculture_value"),  # old tone placement
        ("Vốn FDI cấp mới", "money", "fdi_capital"),  # an acronym anywhere
        ("Xã đạt chuẩn nông thôn mới", "count", "new_rural_communes"),
        ("Tỷ lệ hộ nghèo", "percent", "poverty_rate"),
        ("Kim ngạch xuất khẩu", "area", None),  # no indicator of exports is an area
        # spending from the budget reserve is spending, whatever rule it broke
        ("Chi từ nguồn dự phòng ngân sách tỉnh không đúng chế độ", "money", "budget_expenditure"),
        ("Dự phòng ngân sách huyện", "money", "budget_expenditure"),
        # an estimate of spending is spending: budget_estimate is the revenue's
        ("Giao dự toán chi từ nguồn dự phòng ngân sách", "money", "budget_expenditure"),
        ("Người đang hưởng chế độ", "count", "social_policy"),
        ("Tổng số phòng", "count", "accommodation"),  # rooms are lodging, not an office (``Phòng Nội vụ``)
        ("Phòng Nội vụ", "count", None),
        # a firm's takings (``doanh thu``) are no budget revenue, whose ``thu từ`` they hold
        ("Tổng doanh thu từ bán lúa giống cho DN", "money", "production_income"),
        ("Doanh thu từ du lịch", "money", "tourism_revenue"),
        ("Thu từ hoạt động xuất nhập khẩu", "money", "budget_revenue"),
        # a commune meeting one of the new-rural-area criteria, not the criterion's subject
        ("Tỷ lệ xã đạt tiêu chí cơ sở vật chất văn hóa", "percent", "new_rural_communes"),
        ("Xã đạt tiêu chí giao thông tăng", "count", "new_rural_communes"),
        ("Xã đạt chuẩn", "count", "new_rural_communes"),
        ("Xã", "count", "administrative_units"),
        ("Nâng cấp cơ sở vật chất văn hóa", "count", "culture"),  # culture's, not schools'
        ("Cơ sở vật chất trường học", "count", "schools_built"),
        # a bank's assets and a works' cost estimate are neither investment nor the budget's estimate
        ("Tổng vốn tài sản của Ngân hàng", "money", None),
        ("Tổng vốn đầu tư", "money", "investment_capital"),
        ("Chủ đầu tư phê duyệt dự toán công trình tăng không đúng", "money", None),
        ("Dự toán chi ngân sách", "money", "budget_expenditure"),
        ("Dự toán thu ngân sách", "money", "budget_estimate"),
        # attracting capital (``thu hút``) is the capital's, never budget revenue (``thu``)
        ("Thu hút vốn đầu tư nước ngoài 6 tháng", "money", "fdi_capital"),
        ("Thu hút nguồn vốn ODA", "money", "oda_capital"),
        ("Thu", "money", "budget_revenue"),
        # an audit's inspection (``Kiểm tra 32 gói thầu``) is no party inspection: only at the head
        ("Kiểm tra đảng viên", "count", "party_organisation"),
        ("Cuộc kiểm tra", "count", "party_organisation"),  # ``cuộc`` is a classifier
        # ``vốn đầu tư công`` is public investment, not when its ``công`` opens ``công nghiệp``
        ("Vốn đầu tư công nghiệp chế biến, chế tạo", "money", "investment_capital"),
        ("Giải ngân vốn đầu tư công", "money", "public_investment_disbursement"),
        ("Vốn đầu tư công năm nay", "money", "public_investment_disbursement"),
    ],
)
def test_code_for_a_figures_unit(label, unit, code):
    assert default_taxonomy().code_for(label, unit) == code


def test_a_counts_noun_names_what_the_label_does_not_name_at_its_head():
    taxonomy = default_taxonomy()
    assert taxonomy.code_for("Quy mô", "count", noun="giường bệnh") == "health_facilities"
    assert (
        taxonomy.code_for("Việc nâng hộ kinh doanh lên doanh nghiệp", "count", noun="doanh nghiệp")
        == "enterprises"
    )
    assert taxonomy.code_for("Hộ dân được dùng nước sạch", "count", noun="hộ dân") == "clean_water_rate"


def test_per_capita_grdp_is_coded_as_per_capita_by_the_extractor():
    (record,) = extract("GRDP bình quân đầu người năm 2023 đạt 95 triệu đồng.").records
    assert record.indicator_code == "grdp_per_capita"


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("tỷ đồng", "money"),
        ("triệu đồng/người/năm", "money"),
        ("USD", "money"),
        ("%", "percent"),
        ("ha", "area"),
        ("tấn/ha", "mass"),
        ("km", "length"),
        ("lượt khách", "count"),
        ("MW", "count"),
        (None, "count"),
    ],
)
def test_unit_classes_are_the_scorers(unit, expected):
    assert unit_class(unit) == expected


def test_every_indicator_has_unit_classes_and_only_confirmed_official_codes():
    taxonomy = default_taxonomy()
    for code in taxonomy.indicators:
        assert taxonomy.unit_classes(code) and set(taxonomy.unit_classes(code)) <= set(UNIT_CLASSES), code
        official_name, official_code = taxonomy.official(code)
        assert official_code is None or official_code in CONFIRMED_OFFICIAL_CODES, code
        assert official_code is None or official_name, code
    assert taxonomy.official("grdp") == ("Tổng sản phẩm trên địa bàn (GRDP)", "T0501")
    assert taxonomy.official("industrial_production_index") == ("Chỉ số sản xuất công nghiệp", "T0901")
    assert taxonomy.official("nope") == (None, None)


def test_a_figure_fits_its_indicators_unit_or_is_its_change():
    taxonomy = default_taxonomy()
    assert taxonomy.fits("budget_revenue", "money")
    assert not taxonomy.fits("budget_revenue", "area")
    assert taxonomy.fits("budget_revenue", "percent", relative=True)
    assert taxonomy.fits("budget_revenue", None)


def test_accents_matter():
    assert default_taxonomy().code_for("thủ ngân sách") is None


def test_names_and_labels():
    taxonomy = default_taxonomy()
    assert taxonomy.name("poverty_rate", "en") == "Poverty rate"
    assert taxonomy.name("poverty_rate", "vi") == "Tỷ lệ hộ nghèo"
    assert taxonomy.name("nope") is None
    assert "Tỷ lệ hộ nghèo" in taxonomy.labels()


def test_load_custom_file(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(
        '[[indicator]]\ncode = "cats"\nen = "Cats"\nvi = "Mèo"\naliases = ["số mèo", "mèo nhà"]\n', "utf-8"
    )
    taxonomy = Taxonomy.load(path)
    assert taxonomy.code_for("Số mèo nhà trong xã") == "cats"
    assert list(taxonomy.indicators) == ["cats"]


@pytest.mark.parametrize(
    "content",
    [
        "not = [toml",
        '[[indicator]]\nen = "x"\n',
        '[[indicator]]\ncode = "c"\nen = "C"\nvi = "C"\nunit_class = "litres"\n',
    ],
)
def test_bad_files_raise_input_error(tmp_path, content):
    path = tmp_path / "t.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError):
        Taxonomy.load(path)


def test_missing_file_raises_input_error(tmp_path):
    with pytest.raises(InputError):
        Taxonomy.load(tmp_path / "missing.toml")


def test_a_bare_kim_ngach_is_trade_unless_the_label_says_one_way():
    taxonomy = default_taxonomy()
    assert taxonomy.code_for("Kim ngạch hàng hóa qua cửa khẩu", "money") == "trade_value"
    assert taxonomy.code_for("Kim ngạch hạt điều xuất khẩu", "money") == "export_value"
    assert taxonomy.code_for("Kim ngạch nguyên liệu sản xuất nhập khẩu", "money") == "import_value"


def test_a_site_is_not_the_province_and_water_works_are_not_a_rate():
    taxonomy = default_taxonomy()
    assert taxonomy.code_for("Diện tích khu đô thị mới", "area") == "site_area"
    assert taxonomy.code_for("Diện tích tự nhiên", "area") == "land_area"
    assert taxonomy.code_for("Trạm cấp nước sạch", "count") == "water_supply"
    assert taxonomy.code_for("Vốn vay ODA", "money") == "oda_capital"


def test_the_area_of_a_medicinal_crop_is_planted_area():
    assert Taxonomy.load().code_for("Tổng diện tích các loài cây dược liệu", "area") == "planting_area"


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        ("Diện tích thu hoạch lúa Hè Thu", "area", "rice_area"),  # rice, whatever was done to it
        ("Diện tích trồng cam", "area", "planting_area"),
        ("Tỉ trọng tiểu thủ công nghiệp, dịch vụ trong cơ cấu kinh tế", "percent", "grdp_structure"),
        ("Lượt người khám, chữa bệnh BHYT", "count", "health_visits"),  # visits, not tourists
        ("Cơ sở khám, chữa bệnh", "count", "health_facilities"),
        ("Giải ngân nguồn vốn vay nhà ở xã hội", "money", "credit"),  # loans, not public investment
        ("Giải ngân vốn đầu tư công", "money", "public_investment_disbursement"),
    ],
)
def test_codes_of_the_repository_taxonomy(label, unit, code):
    taxonomy = Taxonomy.load(Path(__file__).resolve().parents[1] / "resources" / "taxonomy.toml")
    assert taxonomy.code_for(label, unit) == code


#: The taxonomy of this checkout (``default_taxonomy`` reads the one of the installed package).
REPOSITORY_TAXONOMY = Path(__file__).resolve().parents[1] / "resources" / "taxonomy.toml"


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        # spending planned, or added beyond the plan, is spending; a project's cost estimate is investment
        ("Giao dự toán chi thường xuyên cho các sở", "money", "budget_expenditure"),
        ("Khoản chi bổ sung ngoài dự toán cho phòng chống dịch", "money", "budget_expenditure"),
        ("Tổng kinh phí dự án nâng cấp trường học", "money", "investment_capital"),
        ("Kinh phí dự toán xây dựng nhà văn hóa", "money", "investment_capital"),
        # a percentage whose head is capital is a share of the capital, not of what it names next
        ("Vốn doanh nghiệp đóng góp", "percent", "investment_capital"),
        ("Vốn của người dân trong tổng vốn dự án", "percent", "investment_capital"),
        ("Doanh nghiệp có vốn nhà nước", "percent", "enterprises"),
        # NGO aid is no FDI; the FDI sector is a breakdown of what its label names next
        ("Nguồn vốn NGO cho chương trình nước sạch", "money", "oda_capital"),
        ("Khu vực FDI nhập khẩu", "money", "import_value"),
        ("Vốn FDI đăng ký mới", "money", "fdi_capital"),
        # capital of projects from abroad is FDI; their number stays projects
        ("Tổng vốn đầu tư các dự án đầu tư nước ngoài", "money", "fdi_capital"),
        ("Tổng số vốn các dự án FDI mới", "money", "fdi_capital"),
        ("Dự án đầu tư nước ngoài cấp mới", "count", "investment_projects"),
        ("Ngành công nghiệp chế biến chế tạo chiếm vốn FDI", "percent", "fdi_capital"),
        ("Ngành công nghiệp chế biến chế tạo tăng", "percent", "industrial_production_index"),
        # what a cooperative's members gain is income; an industry's value added is GRDP's
        ("Giá trị tăng thêm cho mỗi hộ nuôi bò", "money", "production_income"),
        ("Giá trị tăng thêm ngành công nghiệp", "money", "grdp"),
        # a hotel's room occupancy is lodging; a plant's capacity is industry's
        ("Công suất phòng các khách sạn ven biển", "percent", "accommodation"),
        ("Công suất thiết kế nhà máy", "mass", "industrial_capacity"),
        # a bank's disbursement, financing and borrowers are credit
        ("Giải ngân qua NHCSXH huyện", "money", "credit"),
        ("Giải ngân vốn đầu tư công", "money", "public_investment_disbursement"),
        ("Tài trợ vốn cho dự án cầu", "money", "credit"),
        ("Lượt khách hàng được vay vốn", "count", "credit"),
        ("Lượt khách quốc tế", "count", "tourist_arrivals"),
        # a crop's area that disease, drought or flood hit is damage
        ("Diện tích ngô bị hạn hán", "area", "agri_damage"),
        ("Diện tích lúa bị ngập úng", "area", "agri_damage"),
        ("Diện tích ngô", "area", "planting_area"),
        # fish farming's area is fishery's, not a crop's or a site's
        ("Tổng diện tích ao nuôi tôm", "area", "fishery_output"),
        ("Diện tích nuôi tôm thẻ", "area", "fishery_output"),
        ("Tổng diện tích nuôi cá tra", "area", "fishery_output"),
        # school staff are education's, other cadres the party's
        ("Cán bộ, giáo viên đạt chuẩn trình độ", "percent", "education_outcomes"),
        ("Cán bộ quản lý giáo dục được bồi dưỡng", "count", "education_outcomes"),
        ("Cán bộ được luân chuyển", "count", "party_organisation"),
        # a visitor's spending per day is no revenue of the trade; a head that says tourism is
        ("Mức chi tiêu bình quân của khách quốc tế", "money", "tourism_stay"),
        ("Tổng thu từ khách du lịch", "money", "tourism_revenue"),
        ("Du lịch cả năm mang về", "money", "tourism_revenue"),
        ("Doanh thu lượt khách tham quan", "money", "tourism_revenue"),
        ("Doanh thu của hợp tác xã", "money", "production_income"),
        # uncoded labels that name indicators of the national list
        ("Tỷ lệ bao phủ toàn dân", "percent", "health_insurance_rate"),
        ("Đất phi nông nghiệp của huyện", "area", "land_area"),
        ("Đất chưa sử dụng còn lại", "area", "land_area"),
        ("Dân số vùng cao được sử dụng nước máy", "percent", "clean_water_rate"),
        ("Cơ sở khám, chữa bệnh tư nhân", "count", "health_facilities"),
        ("Người khám, chữa bệnh BHYT", "count", "health_visits"),
        ("Chi phí khám chữa bệnh BHYT", "money", "social_insurance"),
        # a firm that closes or opens is an exit or a new firm, whatever it says first
        ("Doanh nghiệp hoàn tất giải thể", "count", "enterprise_exits"),
        ("Doanh nghiệp tạm ngưng hoạt động có thời hạn", "count", "enterprise_exits"),
        ("Doanh nghiệp ngành chế biến thành lập mới", "count", "new_enterprises"),
        ("Doanh nghiệp đang hoạt động", "count", "enterprises"),
        ("Đơn vị xuất khẩu thủy sản", "count", "enterprises"),  # exporters are firms
        ("Thủy sản xuất khẩu", "mass", "export_value"),
        # a growth said with no noun of its own is the growth of the branch named after it
        ("Mức tăng trưởng ngành nông nghiệp", "percent", "agriculture_value"),
        ("Tốc độ tăng trưởng ngành dịch vụ", "percent", "services_value"),
        ("Mức tăng trưởng", "percent", "grdp_growth"),
    ],
)
def test_codes_checked_by_hand(label, unit, code):
    assert Taxonomy.load(REPOSITORY_TAXONOMY).code_for(label, unit) == code


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        # a loan that names ODA is ODA; what the province itself borrows is its debt, not a bank's credit
        ("Hiệp định vay vốn ODA của Hàn Quốc", "money", "oda_capital"),
        ("Tổng mức vay của chính quyền địa phương năm nay", "money", "public_debt"),
        ("Vay vốn nhàn rỗi của Kho bạc", "money", "public_debt"),
        ("Vay Ngân hàng Phát triển để làm đường", "money", "public_debt"),
        ("Vay vốn ngân hàng thương mại của hộ nghèo", "money", "credit"),
        ("Dư nợ cho vay hộ nghèo", "money", "credit"),
        ("Mức vay tối đa mỗi hộ", "money", "credit"),
        # workers who learn a trade are the trained-labour indicator; workers in work stay employment
        ("Lao động nông thôn được học nghề", "count", "trained_labour_rate"),
        ("Lao động có việc làm tăng thêm", "count", "employment"),
        # the government's units and staff are its apparatus, not the party's organisations
        ("Đầu mối cấp phòng sau sắp xếp", "count", "public_administration"),
        ("Phòng, ban chuyên môn cấp huyện", "count", "public_administration"),
        ("Biên chế công chức được giao", "count", "public_administration"),
        ("Tổ chức cơ sở đảng", "count", "party_organisation"),
        ("Phòng Nội vụ", "count", None),
        # what is owed to the budget is the budget's
        ("Nợ thuế của doanh nghiệp", "money", "budget_revenue"),
        ("Tiền cấp quyền khai thác khoáng sản năm nay", "money", "budget_revenue"),
        # a land-use category is land; the land of an auction or a lease is a site's
        ("Đất quốc phòng", "area", "land_area"),
        ("Đất trồng lúa chuyển sang cây khác", "area", "land_area"),
        ("Diện tích đất đưa ra đấu giá quyền sử dụng đất", "area", "site_area"),
        ("Diện tích đất thuê của doanh nghiệp", "area", "site_area"),
        ("Diện tích đất nông nghiệp", "area", "land_area"),
        # a forest planted is forest, a crop planted is planted area
        ("Diện tích trồng rừng tập trung", "area", "forest_cover"),
        ("Diện tích trồng ngô vụ đông", "area", "planting_area"),
        # a product said to be exported is exports; one sold at home and abroad stays output
        ("Sản lượng thanh long xuất khẩu sang Trung Quốc", "mass", "export_value"),
        ("Sản lượng thanh long tiêu thụ trong nước", "mass", "crop_output"),
        ("Sản lượng chè tiêu thụ và xuất khẩu sang Đài Loan", "mass", "crop_output"),
        ("Sản lượng cà phê nhập khẩu rồi xuất khẩu lại", "mass", "crop_output"),
    ],
)
def test_codes_of_the_classes_checked_at_stop_30(label, unit, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit) == code
    assert code is None or unit in taxonomy.unit_classes(code) or unit == "percent"


def test_a_count_of_households_or_communes_is_no_product():
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for("Hộ nuôi tôm thu hoạch sớm", "count", noun="hộ") == "households"
    assert taxonomy.code_for("Diện tích trồng cà phê", "count", noun="hộ") == "households"
    assert taxonomy.code_for("Xã trồng cà phê", "count", noun="xã") == "administrative_units"
    # a count of the product itself stays the product
    assert taxonomy.code_for("Đàn bò", "count", noun="con") == "crop_output"
    assert taxonomy.code_for("Cây giống", "count", noun="cây giống") == "crop_output"


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        # the branches of industry a report gives the index of production for are the index's
        ("Chỉ số sản xuất đồ gỗ tăng", "percent", "industrial_production_index"),
        ("Ngành sản xuất và phân phối điện tăng", "percent", "industrial_production_index"),
        ("Ngành khai khoáng giảm", "percent", "industrial_production_index"),
        ("Ngành cung cấp nước tăng", "percent", "industrial_production_index"),
        ("Trạm cấp nước sạch", "count", "water_supply"),
        ("Điện sản xuất", "mass", "industrial_products"),
        # a branch's contribution to growth, in percentage points, is growth's
        ("Đóng góp của ngành xây dựng vào tăng trưởng", "count", "grdp_growth"),
        ("Tăng trưởng kinh tế", "percent", "grdp_growth"),
        # a share of GRDP is its structure; GRDP said to rise stays its growth
        ("Tỷ trọng kinh tế số trong GRDP", "percent", "grdp_structure"),
        ("GRDP tăng so với cùng kỳ", "percent", "grdp_growth"),
        ("GRDP bình quân đầu người", "money", "grdp_per_capita"),
        # farming, forestry and fishery together are agriculture, not fishery
        ("Khu vực nông nghiệp, lâm nghiệp và thủy sản tăng", "percent", "agriculture_value"),
        ("Sản lượng thủy sản", "mass", "fishery_output"),
        # shrimp and fish are fishery's, whatever quantifier comes first
        ("Sản lượng cá tra thu hoạch", "mass", "fishery_output"),
        ("Sản lượng tôm nuôi", "mass", "fishery_output"),
        ("Sản lượng cà phê nhân", "mass", "crop_output"),
        ("Cá tra xuất khẩu", "mass", "export_value"),
        # the budget's spending and revenue items
        ("Chi cân đối ngân sách địa phương", "money", "budget_expenditure"),
        ("Thu từ xổ số kiến thiết", "money", "budget_revenue"),
        # attracting investment at home is investment; from abroad, FDI
        ("Thu hút đầu tư trong nước năm nay", "money", "investment_capital"),
        ("Thu hút đầu tư nước ngoài năm nay", "money", "fdi_capital"),
        # a firm's retail takings are retail sales; its other takings its income
        ("Doanh thu bán lẻ hàng hóa của tỉnh", "money", "retail_sales"),
        ("Doanh thu của hợp tác xã", "money", "production_income"),
        # the balance of trade is no trade value
        ("Cán cân xuất nhập khẩu năm nay", "money", "trade_balance"),
        ("Kim ngạch xuất nhập khẩu năm nay", "money", "trade_value"),
        # children's malnutrition is health's, other rates of children education's
        ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "percent", "child_malnutrition"),
        ("Tỷ lệ trẻ em đến trường", "percent", "education_outcomes"),
        # OCOP products; the value of construction is industry and construction's
        ("Sản phẩm OCOP đạt 4 sao", "count", "ocop_products"),
        ("Giá trị xây dựng cả năm", "money", "industry_construction_value"),
        # an aggregate at current prices names no price
        ("Giá hiện hành", "money", None),
        ("Giá bán lúa", "money", "prices"),
    ],
)
def test_codes_of_the_fresh_genre_classes(label, unit, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit) == code
    assert code is None or unit in taxonomy.unit_classes(code) or unit == "percent"


def test_a_label_becomes_only_a_code_its_figure_can_be():
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    # ODA agreements are counted; the province's borrowing is an amount, so a count of loans stays credit
    assert taxonomy.code_for("Hiệp định vay vốn ODA", "count") == "oda_capital"
    assert taxonomy.code_for("Hợp đồng tín dụng để vay lại", "count") == "credit"
    assert taxonomy.code_for("Hợp đồng tín dụng để vay lại", "money") == "public_debt"
    # a percentage may be a share of what its label becomes
    assert taxonomy.code_for("Công nghiệp chế biến có vốn đầu tư", "percent") == "investment_capital"
    # the phòng of an office stays unnamed, the phòng of a government's apparatus is its
    assert taxonomy.code_for("Phòng thuộc Sở Tài chính", "count") == "public_administration"
    assert (
        taxonomy.code_for("Hơi nước và điều hòa không khí tăng", "percent") == "industrial_production_index"
    )


def test_a_count_of_provinces_or_households_is_no_trade():
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for("Tỉnh có kim ngạch xuất khẩu trên 1 tỷ USD", "count", noun="tỉnh") == (
        "administrative_units"
    )
    assert taxonomy.code_for("Hộ sản xuất hàng xuất khẩu", "count", noun="hộ") == "households"
    assert taxonomy.code_for("Cá cảnh xuất khẩu", "count", noun="con") == "export_value"


@pytest.mark.parametrize(
    ("label", "unit", "noun", "code"),
    [
        # a plan's figure is of what the plan names; a count of plans, or a plan's own alias, stays
        ("Kế hoạch tỷ lệ trường đạt chuẩn quốc gia", "percent", None, "schools_built"),
        ("Kế hoạch số người được giải quyết việc làm", "count", "người", "jobs_created"),
        ("KH tỷ lệ hộ nghèo cuối năm", "percent", None, "poverty_rate"),
        ("Kế hoạch vốn", "money", None, "public_investment_disbursement"),
        ("Kế hoạch hỗ trợ nông dân", "count", "kế hoạch", "documents_issued"),
        ("Kế hoạch", "count", None, "documents_issued"),
        ("Kế hoạch thu theo kết quả đấu giá đất", "money", None, "land_auction_revenue"),
        # xuất nhập khẩu is trade both ways, sản xuất nhập khẩu one way
        ("Kim ngạch hàng hóa xuất nhập khẩu qua cảng", "money", None, "trade_value"),
        ("Kim ngạch hàng hóa nhập khẩu", "money", None, "import_value"),
        ("Kim ngạch hàng hóa xuất khẩu", "money", None, "export_value"),
        # takings from a source (thu từ) are the source's; from one that names nothing the budget's
        ("Thu từ tiền sử dụng đất", "money", None, "land_auction_revenue"),
        ("Thu từ dịch vụ lưu trú và ăn uống", "money", None, "tourism_revenue"),
        ("Thu từ dầu thô", "money", None, "budget_revenue"),
        ("Thu nội địa không kể tiền sử dụng đất", "money", None, "budget_revenue"),
        ("Thu từ hoạt động xuất nhập khẩu", "money", None, "budget_revenue"),
    ],
)
def test_a_plan_and_a_source_name_what_they_are_of(label, unit, noun, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit, noun) == code


@pytest.mark.parametrize(
    ("label", "unit", "noun", "code"),
    [
        # a branch's part of GRDP is the branch's, its share the economy's structure
        ("Tổng sản phẩm khu vực dịch vụ", "money", None, "services_value"),
        ("GRDP khu vực công nghiệp và xây dựng", "money", None, "industry_construction_value"),
        ("Tổng sản phẩm trên địa bàn", "money", None, "grdp"),
        ("GRDP bình quân đầu người", "money", None, "grdp_per_capita"),
        ("Cơ cấu lâm nghiệp và thủy sản của tỉnh", "percent", None, "grdp_structure"),
        ("Giá trị sản xuất nông, lâm nghiệp và thủy sản tăng", "percent", None, "agriculture_value"),
        # goods and passengers carried are transport, not tourists
        ("Khối lượng hàng hóa vận chuyển đường bộ", "mass", None, "cargo_volume"),
        ("Hành khách vận chuyển qua bến xe", "count", "lượt người", "cargo_volume"),
        ("Hàng container thông qua cảng", "count", None, "cargo_volume"),
        ("Lượt khách du lịch", "count", None, "tourist_arrivals"),
        # people insured and insurance collected are insurance; BHYT's percentage its coverage
        ("Số người tham gia BHYT", "count", "người", "social_insurance"),
        ("Tỷ lệ người dân tham gia BHYT", "percent", None, "health_insurance_rate"),
        ("Tổng số thu BHXH, BHYT", "money", None, "social_insurance"),
        ("Tỷ lệ lao động trong độ tuổi tham gia BHTN", "percent", None, "social_insurance"),
        ("Người hưởng trợ cấp thất nghiệp", "count", "người", "social_insurance"),
        ("Tỷ lệ thất nghiệp", "percent", None, "unemployment_rate"),
        ("Tổng thu ngân sách", "money", None, "budget_revenue"),
        ("Lực lượng lao động trong độ tuổi", "count", None, "labour_force"),
        # workers sent abroad, placed or lent to are jobs and credit, not the employed
        ("Lao động đi làm việc ở nước ngoài theo hợp đồng", "count", "lao động", "jobs_created"),
        ("Tỷ lệ lao động thất nghiệp ở nông thôn", "percent", None, "unemployment_rate"),
        ("Tuyển sinh giáo dục nghề nghiệp", "count", "người", "trained_labour_rate"),
        ("Lượt người được tư vấn, giới thiệu việc làm", "count", "lượt người", "jobs_created"),
        ("Lao động được vay vốn tạo việc làm", "count", "lao động", "credit"),
        ("Lao động có việc làm", "count", None, "employment"),
        ("Lượt người đến tham quan", "count", None, "tourist_arrivals"),
        # land's and tourism's takings however said; the budget's other takings
        ("Nguồn thu từ sử dụng đất", "money", None, "land_auction_revenue"),
        ("Doanh thu lĩnh vực lưu trú", "money", None, "tourism_revenue"),
        ("Phí và thu khác", "money", None, "budget_revenue"),
        ("Doanh thu khác", "money", None, "production_income"),
        # the national health standard of communes is health's, not the new-rural programme's
        ("Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế", "percent", None, "health_facilities"),
        ("Tỷ lệ xã đạt tiêu chí nông thôn mới", "percent", None, "new_rural_communes"),
        # total factor productivity is no crop yield
        ("Đóng góp của TFP vào tăng trưởng", "percent", None, "tfp_contribution"),
        ("Năng suất lúa", "mass", None, "crop_yield"),
        ("Năng suất lao động", "money", None, "labour_productivity"),
        # a generic output that names rice is rice's, unless the rice is exported
        ("Sản lượng thu hoạch lúa vụ mùa", "mass", None, "rice_output"),
        ("Hạt giống lúa xuất khẩu", "mass", None, "export_value"),
        ("Sản lượng ngô", "mass", None, "crop_output"),
        # poor communes are poverty's
        ("Số xã nghèo thoát khỏi diện đặc biệt khó khăn", "count", "xã", "poverty_rate"),
        ("Xã đặc biệt khó khăn", "count", "xã", "administrative_units"),
        # goods exchanged through border gates are trade
        ("Trao đổi hàng hóa qua cửa khẩu", "money", None, "trade_value"),
        ("Phương tiện chở hàng hóa qua cửa khẩu", "count", "phương tiện", "cargo_volume"),
        # rubber latex is a crop's output; rubber goods are industry's (the branch's index of production)
        ("Mủ cao su khai thác", "mass", None, "crop_output"),
        ("Diện tích cao su", "area", None, "planting_area"),
        ("Sản phẩm từ cao su và plastic tăng", "percent", None, "industrial_production_index"),
        # capital disbursed as loans is credit
        ("Vốn giải ngân cho vay hộ nghèo", "money", None, "credit"),
        ("Vốn giải ngân của các dự án FDI", "money", None, "fdi_capital"),
    ],
)
def test_codes_of_the_second_fresh_set_classes(label, unit, noun, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit, noun) == code
    assert code is None or unit in taxonomy.unit_classes(code) or unit == "percent"


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        # the output of a manufactured good is an industrial product, not a crop
        ("Sản lượng giày dép tăng", "percent", "industrial_products"),
        ("Sản lượng bao bì giấy các loại", "count", "industrial_products"),
        ("Tổng sản lượng than sạch khai thác", "mass", "industrial_products"),
        ("Sản lượng linh kiện điện tử tăng", "percent", "industrial_products"),
        ("Sản lượng chè búp tươi", "mass", "crop_output"),
        # a good named after another head is not what the label counts
        ("Khối lượng giặt quần áo", "mass", None),
        # a branch's growth is the branch's value, however the branch is written
        ("Tăng trưởng khu vực thương mại - dịch vụ", "percent", "services_value"),
        ("Tăng trưởng khu vực III", "percent", "services_value"),
        ("Tăng trưởng khu vực II", "percent", "industry_construction_value"),
        ("Tăng trưởng khu vực I", "percent", "agriculture_value"),
        ("Tăng trưởng kinh tế cả năm", "percent", "grdp_growth"),
        # the production value of a branch is that branch's
        ("Giá trị sản xuất ngành nông nghiệp năm nay", "money", "agriculture_value"),
        ("Giá trị sản xuất ngành thương mại, dịch vụ", "money", "services_value"),
        ("Giá trị sản xuất dịch vụ cả năm", "money", "services_value"),
        ("Tổng giá trị sản xuất toàn huyện", "money", "production_value"),
        # budget lines: its revenue by its acronym, a tax on income, the takings on trade
        ("Tổng thu NSNN 9 tháng", "money", "budget_revenue"),
        ("Thuế thu nhập cá nhân tăng", "percent", "budget_revenue"),
        ("Thu về hoạt động xuất nhập khẩu", "money", "budget_revenue"),
        ("Thu về hoạt động XNK cả năm", "money", "budget_revenue"),
        ("Thu nhập bình quân đầu người", "money", "income_per_capita"),
        # consumer services are part of retail sales; lodging is tourism's
        ("Doanh thu các ngành dịch vụ tiêu dùng", "money", "retail_sales"),
        ("Dịch vụ lưu trú tăng", "percent", "tourism_revenue"),
        ("Dịch vụ vận tải tăng", "percent", "services_value"),
        # the size of the economy is its GRDP; its pace of development its growth
        ("Quy mô nền kinh tế", "money", "grdp"),
        ("Tốc độ phát triển kinh tế năm nay", "percent", "grdp_growth"),
        # the branches of manufacturing a monthly report gives the index of production for
        ("Chỉ số thiết bị điện giảm", "percent", "industrial_production_index"),
        ("Chỉ số sản phẩm từ cao su tăng", "percent", "industrial_production_index"),
        ("Chỉ số máy vi tính tăng mạnh", "percent", "industrial_production_index"),
        ("Ngành in, sao chép bản ghi tăng", "percent", "industrial_production_index"),
        ("Giá thiết bị điện", "money", "prices"),
    ],
)
def test_codes_of_the_classes_checked_at_stop_31(label, unit, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit) == code


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        # capital raised for investment is investment; the balance of deposits a bank holds is credit
        ("Huy động vốn đầu tư phát triển toàn xã hội cả nhiệm kỳ", "money", "investment_capital"),
        ("Vốn đầu tư phát triển toàn xã hội tăng", "percent", "investment_capital"),
        ("Số dư nguồn vốn huy động của các ngân hàng tăng", "percent", "credit"),
        ("Tiền gửi tiết kiệm của dân cư", "money", "credit"),
        ("Vốn huy động xây dựng nông thôn mới", "money", "investment_capital"),
        ("Tổng huy động vốn của chi nhánh", "money", "credit"),
        # the party resolution a target comes from names no indicator: what it targets does
        ("Mục tiêu Nghị quyết Đại hội Đảng bộ huyện giảm tỷ lệ hộ nghèo", "percent", "poverty_rate"),
        ("Chỉ tiêu vượt Nghị quyết Đại hội Đảng bộ tỉnh", "count", "targets_met"),
        ("Đảng viên của Đảng bộ huyện", "count", "party_organisation"),
        ("Đại biểu dự Đại hội Đảng bộ huyện", "count", "party_organisation"),
        # a group of the consumer price index, written without ``chỉ số giá``
        ("Nhóm hàng ăn và dịch vụ ăn uống tăng", "percent", "cpi"),
        ("Hàng ăn và dịch vụ ăn uống tăng", "percent", "cpi"),
        ("Dịch vụ lưu trú và ăn uống tăng", "percent", "tourism_revenue"),
        # the communes or households a road or the grid reaches
        ("Tỷ lệ thôn có đường ô tô đến trung tâm", "percent", "roads"),
        ("Tỷ lệ hộ có điện sử dụng", "percent", "electricity"),
        ("Tỷ lệ hộ dân có điện sử dụng", "percent", "electricity"),
        ("Tỷ lệ hộ có điện thoại", "percent", "telecom"),
        ("Tỷ lệ hộ nghèo", "percent", "poverty_rate"),
        # the herds a farm report counts by their animal alone
        ("Đàn trâu bò của xã", "count", "crop_output"),
        ("Bò sữa", "count", "crop_output"),
        ("Heo nái", "count", "crop_output"),
        ("Giá heo hơi", "money", "prices"),
        # the banks' bad debts; building works paid from the budget
        ("Tỷ lệ nợ xấu trên tổng dư nợ", "percent", "credit"),
        ("Chi đầu tư xây dựng cơ bản tập trung", "money", "budget_expenditure"),
        ("Tổng vốn đầu tư xây dựng cơ bản", "money", "investment_capital"),
        # freight by what was carried, and the branches of an index of production
        ("Hàng hóa được vận chuyển bằng đường bộ", "mass", "cargo_volume"),
        ("Ngành sản xuất trang phục giảm", "percent", "industrial_production_index"),
        ("Hoạt động thoát nước và xử lý nước thải tăng", "percent", "industrial_production_index"),
    ],
)
def test_codes_of_the_classes_checked_on_the_fourth_fresh_set(label, unit, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit) == code


def test_the_alias_at_a_word_is_the_longest_one_there_that_ends_no_compound_short():
    """``Taxonomy._alias_at`` looks aliases up by length; it must give what comparing the label with each
    alias of its first word, longest first, gives (one alias per run of words), also before a word that
    goes on a compound the alias would cut."""
    from desktop.core.taxonomy import _CUT_COMPOUNDS

    taxonomy = default_taxonomy()

    def longest(label: tuple[str, ...], i: int):
        for words in sorted((w for w in taxonomy._by_words if w[0] == label[i]), key=len, reverse=True):
            end = i + len(words)
            if label[i:end] == words and (end == len(label) or (words[-1], label[end]) not in _CUT_COMPOUNDS):
                return taxonomy._by_words[words]
        return None

    tails = [(), ("của", "huyện"), ("tăng",), *((after,) for _, after in sorted(_CUT_COMPOUNDS)[:20])]
    for words in sorted(taxonomy._by_words)[::7]:
        for tail in tails:
            label = ("năm", *words, *tail)
            for i in range(len(label)):
                assert taxonomy._alias_at(label, i) is longest(label, i), label


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        # a bank's collection of its loans is credit, a tax's arrears the budget's
        ("Thu nợ quý III", "money", "credit"),
        ("Thu nợ thuế 9 tháng", "money", "budget_revenue"),
        # a food product is industry's, never water; countries are no water either
        ("Nước mắm đóng chai 9 tháng", "count", "industrial_products"),
        ("Tỷ trọng các nước Đông Nam Á", "percent", None),
        # the farm sector said without ``và`` or as its value, and its share
        ("Giá trị sản xuất nông, lâm nghiệp, thủy sản năm 2022", "money", "agriculture_value"),
        ("Tăng trưởng nông, lâm nghiệp, thủy sản", "percent", "agriculture_value"),
        ("Tỷ trọng giá trị nông nghiệp trong cơ cấu kinh tế", "percent", "grdp_structure"),
        ("Giá trị nông nghiệp, thủy sản của xã", "money", "agriculture_value"),
        ("Tăng trưởng ngành xây dựng quý II", "percent", "industry_construction_value"),
        ("Ngành thương mại - dịch vụ của huyện", "money", "services_value"),
        ("Tỷ trọng xây dựng, tiểu thủ công nghiệp", "percent", "grdp_structure"),
        ("Doanh thu thương mại - dịch vụ 6 tháng", "money", "retail_sales"),
        # income per hectare is what farming yields, not income per head
        ("Giá trị thu nhập bình quân trên 1 ha đất canh tác", "money", "production_income"),
        # communes that meet criteria of the new-rural programme, districts that complete it
        ("Xã đạt và cơ bản đạt tiêu chí lao động", "count", "new_rural_communes"),
        ("Huyện hoàn thành nhiệm vụ xây dựng nông thôn mới", "count", "new_rural_communes"),
        ("Xã đạt tiêu chí quốc gia về y tế", "count", "health_facilities"),
        ("Đơn vị cấp xã sau sắp xếp", "count", "administrative_units"),
        ("Xóm sau sáp nhập", "count", "administrative_units"),
        # ownership sectors name nothing: what they report is said elsewhere in the label
        ("Khu vực kinh tế có vốn đầu tư trực tiếp nước ngoài nhập siêu", "money", "trade_balance"),
        ("Kinh tế có vốn đầu tư trực tiếp nước ngoài 9 tháng", "money", None),
        ("Khu vực kinh tế trong nước 9 tháng", "money", None),
        # firms that close, said with ``DN đăng ký``
        ("DN đăng ký tạm ngừng kinh doanh có thời hạn", "count", "enterprise_exits"),
        ("DN đăng ký thành lập mới quý I", "count", "new_enterprises"),
        # passengers through an airport or a port are transport, not tourists
        ("Lượng khách qua cảng hàng không dịp Tết", "count", "cargo_volume"),
        ("Lượng khách du lịch dịp Tết", "count", "tourist_arrivals"),
        ("Tổng chi tiêu của khách du lịch quốc tế", "money", "tourism_revenue"),
        # stocking fish or shrimp is aquaculture, not a site
        ("Diện tích thả nuôi tôm thẻ", "area", "fishery_output"),
        ("Sản lượng nuôi cá lồng 6 tháng", "mass", "fishery_output"),
        # ``điều`` of ``điều chỉnh`` is no cashew
        ("Tổng diện tích điều chỉnh quy hoạch phân khu", "area", "site_area"),
        ("Tổng diện tích điều", "area", "planting_area"),
        ("Tỷ lệ che phủ của huyện", "percent", "forest_cover"),
        ("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "percent", "culture"),
        ("DA FDI cấp mới", "count", "investment_projects"),
        # customs' takings are the budget's
        ("Cục Hải quan thu 9 tháng", "money", "budget_revenue"),
        ("Thu nộp NSNN của Chi cục", "money", "budget_revenue"),
        ("Tỷ suất sinh thô giảm", "percent", "population"),
        ("Tiếp nhận ủng hộ Quỹ Vì người nghèo", "money", "support"),
    ],
)
def test_codes_checked_by_hand_on_the_read_sets_of_stop_34(label, unit, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit) == code


@pytest.mark.parametrize(
    ("label", "unit", "code"),
    [
        ("Vụ vi phạm hành chính bị phát hiện", "count", "law_violations"),
        ("Số vụ buôn lậu, gian lận thương mại", "count", "law_violations"),
        ("Số tiền xử phạt vi phạm hành chính", "money", "law_violations"),
        ("Ma túy các loại thu giữ", "mass", "law_violations"),
        ("Đảng viên vi phạm bị kỷ luật", "count", "party_members_disciplined"),
        ("Diện tích nhà ở bình quân đầu người", "area", "housing"),
        ("Tỷ lệ hộ có nhà ở kiên cố", "percent", "housing"),
        ("Tỷ lệ biết đọc, biết viết của người từ 15 tuổi", "percent", "literacy_rate"),
        ("Thanh niên nhập ngũ", "count", "military_service"),
        ("Giao quân đạt chỉ tiêu", "percent", "military_service"),
    ],
)
def test_offences_housing_literacy_and_call_up_have_codes_of_their_own(label, unit, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit) == code


@pytest.mark.parametrize(
    ("label", "unit", "noun", "code"),
    [
        # per capita, growth and total: a growth of GRDP per head is per head; ``GRDP bình quân`` as a
        # percentage is the average growth, as an amount the amount per head
        ("Tốc độ tăng GRDP bình quân đầu người", "percent", None, "grdp_per_capita"),
        ("Tăng trưởng GRDP bình quân đầu người năm nay", "percent", None, "grdp_per_capita"),
        ("GRDP bình quân giai đoạn 2021 - 2025 tăng", "percent", None, "grdp_growth"),
        ("GRDP bình quân", "money", None, "grdp_per_capita"),
        ("Tăng trưởng GRDP bình quân hằng năm", "percent", None, "grdp_growth"),
        ("Quy mô GRDP", "money", None, "grdp"),
        ("Thu nhập bình quân người lao động trong các doanh nghiệp", "money", None, "average_wage"),
        ("Thu nhập bình quân đầu người ở nông thôn", "money", None, "income_per_capita"),
        # share and amount: a branch said to hold a share, wherever the label says so, is the structure
        ("Khu vực công nghiệp - xây dựng chiếm tỷ trọng", "percent", None, "grdp_structure"),
        ("Khu vực dịch vụ trong cơ cấu kinh tế", "percent", None, "grdp_structure"),
        ("Khu vực dịch vụ tăng", "percent", None, "services_value"),
        # the production value of a branch the label names is the branch's
        ("Giá trị sản xuất khu vực dịch vụ", "money", None, "services_value"),
        ("Giá trị sản xuất khu vực nông, lâm nghiệp và thủy sản", "money", None, "agriculture_value"),
        ("Tổng giá trị sản xuất trên địa bàn huyện", "money", None, "production_value"),
        # capital from a foreign partner is FDI, by share or by amount; a variety named after a country
        # (``khoai lang Nhật Bản``) and capital from home stay the province's
        ("Tổng vốn đầu tư của Hàn Quốc", "money", None, "fdi_capital"),
        ("Vốn đầu tư Đài Loan 9 tháng", "money", None, "fdi_capital"),
        ("Tỷ trọng vốn đầu tư của các nhà đầu tư Nhật Bản", "percent", None, "fdi_capital"),
        ("Vốn đầu tư đến từ Singapore", "money", None, "fdi_capital"),
        ("Mức đầu tư khoai lang Nhật Bản mỗi ha", "money", None, "investment_capital"),
        ("Tổng vốn đầu tư của các nhà đầu tư trong nước", "money", None, "investment_capital"),
        ("Vốn vay ODA Nhật Bản", "money", None, "oda_capital"),
        ("Vốn các dự án đầu tư trực tiếp nước ngoài giải ngân", "money", None, "fdi_capital"),
        ("Dự án đầu tư trực tiếp nước ngoài cấp mới", "count", "dự án", "investment_projects"),
        # ``thu`` that opens a verb of collecting, recovering or buying is no budget revenue
        ("Tỷ lệ thu gom rác thải sinh hoạt đô thị", "percent", None, "waste"),
        ("Diện tích đất thu hồi để làm đường", "area", None, "compensation"),
        ("Thu hồi nợ thuế", "money", None, "budget_revenue"),
        ("Thu mua nguyên liệu", "money", None, None),
        ("Thu ngân sách trên địa bàn", "money", None, "budget_revenue"),
        # auctions' takings are land revenue; bonds and plan capital are what they are, however raised
        ("Thu đấu giá đất ở xen kẹt", "money", None, "land_auction_revenue"),
        ("Số tiền đấu giá thu được", "money", None, "land_auction_revenue"),
        ("Huy động qua phát hành trái phiếu chính quyền địa phương", "money", None, "bonds"),
        ("Vốn kế hoạch đầu tư công trung hạn bổ sung", "money", None, "public_investment_disbursement"),
        ("Vốn giải ngân của các doanh nghiệp", "money", None, "investment_capital"),
        # a figure written against its unit is two words: income per hectare, not per head
        ("Thu nhập trên 1ha đất canh tác", "money", None, "production_income"),
        # output that names freight is transport's, as are its takings
        ("Sản lượng hàng hóa thông qua cảng biển", "mass", None, "cargo_volume"),
        ("Doanh thu vận tải, kho bãi", "money", None, "cargo_volume"),
        ("Sản lượng cà phê nhân", "mass", None, "crop_output"),
        # children vaccinated or ill are health's; a cultured family's title culture's
        ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "percent", None, "vaccination"),
        ("Trẻ em mắc sởi", "count", "trẻ", "disease_cases"),
        ("Trẻ em đến trường", "count", "trẻ", "education_outcomes"),
        ("Tỷ lệ gia đình đạt danh hiệu gia đình văn hóa", "percent", None, "culture"),
        ("Tập thể được tặng danh hiệu lao động xuất sắc", "count", "tập thể", "awards"),
        # a crop's area that disease hit is damage, whatever crop it names first
        ("Diện tích giống lúa Bắc Thơm bị thiệt hại", "area", None, "agri_damage"),
        ("Diện tích lúa Bắc Thơm", "area", None, "rice_area"),
        # a border is no road
        ("Đường biên giới với Campuchia", "length", None, None),
        ("Đường giao thông nông thôn", "length", None, "roads"),
        # a price said to rise by a percentage is the index's, by an amount the price's
        ("Tăng giá dịch vụ y tế", "percent", None, "cpi"),
        ("Tăng giá bán lẻ điện", "money", None, "prices"),
    ],
)
def test_codes_checked_by_hand_at_stop_36(label, unit, noun, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit, noun) == code


@pytest.mark.parametrize(
    ("label", "unit", "noun", "code"),
    [
        # farming models, large fields and production chains, counted; their takings are the farms'
        ("Mô hình sản xuất lúa hữu cơ", "count", "mô hình", "farm_models"),
        ("Cánh đồng mẫu lớn", "count", "cánh đồng", "farm_models"),
        ("Nông dân tham gia chuỗi liên kết sản xuất", "count", "nông dân", "farm_models"),
        ("Doanh thu bình quân của cánh đồng", "money", None, "production_income"),
        ("Năng suất lúa của mô hình", "mass", None, "crop_yield"),
        # bidding for public works
        ("Gói thầu kiểm tra", "count", "gói thầu", "procurement"),
        ("Giá trị tiết kiệm qua đấu thầu", "money", None, "procurement"),
        ("Cuộc kiểm tra", "count", "cuộc", "party_organisation"),
        # road accidents and fires as the monthly report gives them
        ("Số vụ tai nạn giao thông", "count", "vụ", "traffic_accidents"),
        ("Người chết vì tai nạn giao thông", "count", "người", "traffic_accidents"),
        ("Vụ cháy nổ xảy ra trên địa bàn", "count", "vụ", "fires"),
        ("Vụ vi phạm hành chính", "count", "vụ", "law_violations"),
        # the national list's indicators of population and of women's representation, with their codes
        ("Tỷ lệ tăng dân số tự nhiên", "percent", None, "population_growth"),
        ("Dân số trung bình", "count", "người", "population"),
        ("Tỷ số giới tính khi sinh", "count", "bé trai/100 bé gái", "sex_ratio_at_birth"),
        ("Tuổi thọ trung bình của người dân", "count", "tuổi", "life_expectancy"),
        ("Tỷ lệ nữ tham gia cấp ủy", "percent", None, "women_in_party_committees"),
        ("Tỷ lệ nữ đại biểu HĐND tỉnh", "percent", None, "women_council_deputies"),
    ],
)
def test_indicators_added_at_stop_36(label, unit, noun, code):
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.code_for(label, unit, noun) == code


def test_the_added_indicators_carry_the_official_names_and_codes_the_research_confirms():
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    assert taxonomy.official("population_growth") == ("Tỷ lệ tăng dân số", "T0108")
    assert taxonomy.official("sex_ratio_at_birth") == ("Tỷ số giới tính khi sinh", "T0104")
    assert taxonomy.official("life_expectancy") == ("Tuổi thọ trung bình tính từ lúc sinh", "T0110")
    assert taxonomy.official("women_in_party_committees") == ("Tỷ lệ nữ tham gia cấp ủy đảng", "T0209")
    assert taxonomy.official("women_council_deputies") == ("Tỷ lệ nữ đại biểu Hội đồng nhân dân", "T0210")
    assert taxonomy.official("farm_models") == (None, None)


def test_every_code_an_indicator_points_to_is_one_of_the_file():
    taxonomy = Taxonomy.load(REPOSITORY_TAXONOMY)
    for indicator in taxonomy.indicators.values():
        pointed = [indicator.growth, indicator.share, indicator.foreign]
        for code, when in indicator.becomes:
            pointed += [code, *when]
        assert set(filter(None, pointed)) <= set(taxonomy.indicators), indicator.code


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("cánh đồng", "count"), ("hợp đồng", "count"), ("hội đồng", "count"), ("nghìn tỷ đồng", "money")],
)
def test_nouns_that_end_in_dong_count_things(unit, expected):
    assert unit_class(unit) == expected


def test_a_figure_written_against_its_unit_is_two_words():
    from desktop.core.taxonomy import words

    assert words("Thu nhập trên 1ha") == ("thu", "nhập", "trên", "1", "ha")
    assert words("Ca F0") == ("ca", "f", "0")


def test_foreign_investors_come_from_the_file(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(
        'foreign_investors = ["Xứ Mèo"]\n'
        '[[indicator]]\ncode = "fdi"\nen = "FDI"\nvi = "FDI"\nunit_class = "money"\naliases = ["vốn ngoại"]\n'
        '[[indicator]]\ncode = "capital"\nen = "Capital"\nvi = "Vốn"\nunit_class = "money"\nforeign = "fdi"\n'
        'aliases = ["vốn đầu tư"]\n',
        "utf-8",
    )
    taxonomy = Taxonomy.load(path)
    assert taxonomy.code_for("Vốn đầu tư của Xứ Mèo", "money") == "fdi"
    assert taxonomy.code_for("Vốn đầu tư của Hàn Quốc", "money") == "capital"  # not in this file's list
    assert taxonomy.code_for("Vốn đầu tư giống mèo Xứ Mèo", "money") == "capital"
