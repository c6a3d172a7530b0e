"""Boundary cases found in stop 32's reading of W210–W213 (held out through stop 31) and of the new
writers: false alarms on clean items, each with the flag it must still raise, written fresh in the
shape the writers used."""
import pytest

PETITIONS = ("一季度，全市各级信访部门共登记群众信访事项5126件，同比下降7.8%，其中网上信访3204件。"
             "从县区看，{county}受棚改项目影响，信访总量同比上升{rise}。")


@pytest.mark.parametrize("title,body,flag", [
    # a measure whose sentence opens on a county the title does not name is that county's, not the city's
    ("一季度全市信访总量同比下降7.8%", PETITIONS.format(county="石门县", rise="6.1%"), False),
    # without the county the 信访总量 is the whole city's, and it rose
    ("一季度全市信访总量同比下降7.8%", PETITIONS.format(county="", rise="6.1%").replace("从县区看，受", "受"), True),
])
def test_title_mismatch_a_measure_of_a_named_part(run, title, body, flag):
    assert bool(run(title, body, rule="title-mismatch")) is flag
