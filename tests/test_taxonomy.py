"""The editable taxonomy: loading, longest-alias matching, names."""

import pytest

from desktop.core.errors import InputError
from desktop.core.taxonomy import Taxonomy, default_taxonomy

REQUIRED = [
    "budget_revenue", "grdp_growth", "retail_sales", "poverty_rate", "tourist_arrivals", "tourism_revenue",
    "export_value", "fdi_capital", "industrial_production_index", "jobs_created", "rice_area",
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
    path.write_text('[[indicator]]\ncode = "cats"\nen = "Cats"\nvi = "Mèo"\naliases = ["số mèo", "mèo nhà"]\n', "utf-8")
    taxonomy = Taxonomy.load(path)
    assert taxonomy.code_for("Số mèo nhà trong xã") == "cats"
    assert list(taxonomy.indicators) == ["cats"]


@pytest.mark.parametrize("content", ["not = [toml", '[[indicator]]\nen = "x"\n'])
def test_bad_files_raise_input_error(tmp_path, content):
    path = tmp_path / "t.toml"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError):
        Taxonomy.load(path)


def test_missing_file_raises_input_error(tmp_path):
    with pytest.raises(InputError):
        Taxonomy.load(tmp_path / "missing.toml")
