"""End-to-end in real headless Chromium: a writer pre-checks and submits, an editor adopts.

Needs Debian's chromium + chromium-driver and the selenium package; skipped otherwise.
Screenshots go to tests/screenshots/ (git-ignored).
"""
from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from xinxi_qc.web import create_app
from xinxi_qc.web.state import get_state

from .conftest import PASSWORD
from .samples import WEAK_BODY, WEAK_TITLE

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"

if not os.path.exists(CHROMIUM) or not os.path.exists(DRIVER):
    pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed (pip install selenium)")
from selenium.webdriver.chrome.service import Service as DriverService  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture
def live(tmp_path):
    from werkzeug.serving import make_server

    app = create_app({"DATABASE_URL": str(tmp_path / "e2e.sqlite"), "SECRET_KEY": "e2e",
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000"})
    with app.app_context():
        st = get_state()
        svc = st.service
        svc.add_unit("qz", "衢州市", "city")
        svc.add_unit("kc", "柯城区", "county", parent="qz")
        svc.add_unit("hh", "荷花街道", "town", parent="kc")
        svc.set_scoring("quzhou")
        st.accounts.create_user("writer1", PASSWORD, "writer", "hh", "张三")
        st.accounts.create_user("editor", PASSWORD, "editor", display_name="赵编辑")
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", app
    finally:
        server.shutdown()
        thread.join(5)


@pytest.fixture
def browser(tmp_path):
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1366,1000", f"--user-data-dir={tmp_path / 'profile'}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(options=opts, service=DriverService(DRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


def _login(driver, base, username):
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "login-submit").click()
    WebDriverWait(driver, 10).until(lambda d: "/login" not in d.current_url)


def _logout(driver):
    driver.find_element(By.CSS_SELECTOR, "header form button").click()
    WebDriverWait(driver, 10).until(lambda d: "/login" in d.current_url)


def _shot(driver, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / name))


def test_writer_prechecks_submits_and_editor_adopts(live, browser):
    base, app = live
    # Pages are replaced after each form post: an element found just before the new page arrives
    # goes stale, which only means "look again".
    wait = WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException,))

    _login(browser, base, "writer1")
    browser.get(base + "/check")
    browser.find_element(By.ID, "title").send_keys(WEAK_TITLE)
    browser.find_element(By.ID, "body").send_keys(WEAK_BODY)
    browser.find_element(By.ID, "check-button").click()
    wait.until(EC.presence_of_element_located((By.ID, "result")))

    marks = browser.find_elements(By.CSS_SELECTOR, "#marked-body mark.f")
    assert marks, "findings are not highlighted in the body"
    assert browser.find_element(By.ID, "grade").text == "待改进"
    # the text survives the round trip for editing
    assert browser.find_element(By.ID, "body").get_attribute("value") == WEAK_BODY

    # click a mark: the popover shows the message and suggestion
    marks[0].click()
    pop = browser.find_element(By.ID, "popover")
    wait.until(lambda d: pop.is_displayed())
    assert "建议" in pop.text
    # click an entry in the list: its span is flashed
    entry = browser.find_element(By.CSS_SELECTOR, "#findings li.finding.inline")
    number = entry.get_attribute("data-f")
    entry.click()
    # the flash is set by script and cleared after a moment: wait for it rather than race it
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f'mark.flash-on[data-f~="{number}"]'))
    _shot(browser, "01-precheck-findings.png")

    browser.find_element(By.ID, "submit-button").click()
    wait.until(EC.presence_of_element_located((By.ID, "item-status")))
    assert browser.find_element(By.ID, "item-status").text == "已报送待审核"
    item_url = browser.current_url
    _shot(browser, "02-submitted.png")
    _logout(browser)

    _login(browser, base, "editor")
    browser.get(base + "/inbox/")
    link = browser.find_element(By.LINK_TEXT, WEAK_TITLE)
    _shot(browser, "03-editor-inbox.png")
    link.click()
    wait.until(EC.presence_of_element_located((By.ID, "adopt-form")))
    assert browser.current_url == item_url
    browser.find_element(By.ID, "outlet").send_keys("《政务》信息版")
    browser.find_element(By.ID, "act-adopt").click()
    wait.until(lambda d: d.find_element(By.ID, "item-status").text == "已采用")
    _shot(browser, "04-adopted.png")

    with app.app_context():
        svc = get_state().service
        item = svc.list_items()[0]
        assert item.status == "adopted" and item.writer == "张三"
