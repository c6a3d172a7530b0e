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
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException  # noqa: E402
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

    _new_page(browser, lambda: browser.find_element(By.ID, "submit-button").click())
    wait.until(EC.presence_of_element_located((By.ID, "item-status")))
    assert browser.find_element(By.ID, "item-status").text == "已报送待审核"
    item_url = browser.current_url
    _shot(browser, "02-submitted.png")
    _logout(browser)

    _login(browser, base, "editor")
    browser.get(base + "/inbox/")
    link = browser.find_element(By.LINK_TEXT, WEAK_TITLE)
    _shot(browser, "03-editor-inbox.png")
    _new_page(browser, link.click)
    wait.until(EC.presence_of_element_located((By.ID, "adopt-form")))
    assert browser.current_url == item_url
    browser.find_element(By.ID, "outlet").send_keys("《政务》信息版")
    # the adoption posts and loads the item's page again: wait for the new document, then read it
    _new_page(browser, lambda: browser.find_element(By.ID, "act-adopt").click())
    wait.until(lambda d: d.find_element(By.ID, "item-status").text == "已采用")
    _shot(browser, "04-adopted.png")

    with app.app_context():
        svc = get_state().service
        item = svc.list_items()[0]
        assert item.status == "adopted" and item.writer == "张三"


def _wait(browser):
    return WebDriverWait(browser, 15, ignored_exceptions=(StaleElementReferenceException,))


def _login_form(browser, username, password=PASSWORD):
    """Fill the login form on the current page (re-found: the page may just have been replaced)."""
    _wait(browser).until(EC.presence_of_element_located((By.ID, "login-form")))
    browser.find_element(By.ID, "username").clear()
    browser.find_element(By.ID, "username").send_keys(username)
    browser.find_element(By.ID, "password").send_keys(password)
    _new_page(browser, lambda: browser.find_element(By.ID, "login-submit").click())


def _new_page(browser, action):
    """Do ``action`` (a click that loads a page) and wait until the next document has loaded.

    The old document is marked; the wait ends when a document without the mark is complete. While
    the page changes, the driver may answer anything from "stale element" to "node does not belong
    to the document": every such answer just means "not yet"."""
    browser.execute_script("window.__xqcOldPage = true;")
    action()
    WebDriverWait(browser, 15, ignored_exceptions=(WebDriverException,)).until(lambda d: d.execute_script(
        "return window.__xqcOldPage === undefined && document.readyState === 'complete';"))


def _flash_error(browser) -> str:
    """The error message of the current page, read in one step (no element kept across renders)."""
    return _wait(browser).until(lambda d: d.execute_script(
        "var p = document.querySelector('p.flash-error'); return p ? p.textContent : null;"))


def test_draft_survives_session_expiry(live, browser):
    from .conftest import age_sessions

    base, app = live
    wait = _wait(browser)
    _login(browser, base, "writer1")
    browser.get(base + "/check")
    browser.find_element(By.ID, "title").send_keys(WEAK_TITLE)
    browser.find_element(By.ID, "body").send_keys(WEAK_BODY)
    # The browser keeps a copy as the writer types.
    wait.until(lambda d: d.execute_script(
        "return Object.keys(localStorage).some(function (k) { return k.indexOf('xinxi-qc-draft:writer1:check') === 0; })"))

    # An hour away from the desk: the session has ended. Leaving the page and coming back after
    # logging in again, the text is restored from this browser.
    age_sessions(app, last_seen_minutes=61)
    browser.get(base + "/check")
    wait.until(lambda d: "/login" in d.current_url)
    assert "登录已超时" in browser.find_element(By.TAG_NAME, "main").text
    _login_form(browser, "writer1")
    wait.until(EC.presence_of_element_located((By.ID, "draft-note")))
    assert browser.find_element(By.ID, "title").get_attribute("value") == WEAK_TITLE
    assert browser.find_element(By.ID, "body").get_attribute("value") == WEAK_BODY

    # Expired again while the text is on screen: 提交 asks to log in, then completes the submission.
    age_sessions(app, last_seen_minutes=61)
    _new_page(browser, lambda: browser.find_element(By.ID, "submit-button").click())
    wait.until(lambda d: "/login" in d.current_url)
    assert "文字已保存在服务器上" in browser.find_element(By.TAG_NAME, "main").text
    _login_form(browser, "writer1")
    wait.until(EC.presence_of_element_located((By.ID, "item-status")))
    assert browser.find_element(By.ID, "item-status").text == "已报送待审核"
    _shot(browser, "05-resumed-after-expiry.png")
    with app.app_context():
        svc = get_state().service
        items = svc.list_items()
        assert len(items) == 1 and svc.get_item(items[0].id).versions[-1].body == WEAK_BODY
    # Submitted: the local copy is forgotten, so the next draft starts empty.
    wait.until(lambda d: not d.execute_script(
        "return Object.keys(localStorage).some(function (k) { return k.indexOf('xinxi-qc-draft:writer1:check') === 0; })"))


def test_second_editor_sees_conflict_page_and_keeps_text(live, browser):
    base, app = live
    wait = _wait(browser)
    with app.app_context():
        st = get_state()
        st.accounts.create_user("editor2", PASSWORD, "editor", display_name="钱编辑")
        svc = st.service
        svc.add_writer("hh", "张三")
        iid = svc.create_item("hh", WEAK_TITLE, WEAK_BODY, actor="张三", writer="张三").id
    _login(browser, base, "editor2")
    browser.get(f"{base}/items/{iid}")
    wait.until(EC.presence_of_element_located((By.ID, "act-return")))
    # Meanwhile the first editor returns the item.
    with app.app_context():
        svc = get_state().service
        svc.return_item(iid, "请核实数据", actor="赵编辑", expected_revision=svc.get_item(iid).item.revision)
    reason = browser.find_element(By.CSS_SELECTOR, "form input[name=reason]")
    reason.send_keys("标题请改为一句话新闻")
    _new_page(browser, lambda: browser.find_element(By.ID, "act-return").click())
    wait.until(EC.presence_of_element_located((By.ID, "conflict-title")))
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "已被他人修改" in page and "标题请改为一句话新闻" in page and "请核实数据" in page
    assert "没有权限" not in page
    _shot(browser, "06-conflict.png")


def test_eleven_wrong_passwords_lock_the_account(live, browser):
    base, _app = live
    browser.get(base + "/login")
    for n in range(11):
        _login_form(browser, "writer1", "wrong-password")
        message = _flash_error(browser)
        if n < 10:
            assert "用户名或密码错误" in message
    assert "锁定" in message and "分钟后再试" in message
    _login_form(browser, "writer1", PASSWORD)  # the right password, but locked
    assert "锁定" in _flash_error(browser) and "/login" in browser.current_url
    _shot(browser, "07-locked.png")


def test_pages_fit_a_390_px_phone_screen(live, browser):
    base, app = live
    with app.app_context():
        svc = get_state().service
        svc.add_writer("hh", "张三")
        iid = svc.create_item("hh", WEAK_TITLE, WEAK_BODY, actor="张三", writer="张三").id
    _login(browser, base, "editor")
    browser.set_window_size(390, 844)
    for path in ("/reports/", "/inbox/", f"/items/{iid}", "/check"):
        browser.get(base + path)
        _wait(browser).until(lambda d: d.execute_script("return document.readyState") == "complete")
        overflow = browser.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
        assert overflow[0] <= overflow[1], (path, overflow)
    _shot(browser, "08-phone-reports.png")


def test_redaction_drops_the_items_drafts_saved_in_the_browser(live, browser):
    """A draft typed on the revise form before an editor's 脱敏 is deleted from this browser when
    the item's page is next opened (it may hold what was removed); one typed after is kept."""
    base, app = live
    wait = _wait(browser)
    phone = "13812345678"
    with app.app_context():
        svc = get_state().service
        svc.add_writer("hh", "张三")
        iid = svc.create_item("hh", WEAK_TITLE, WEAK_BODY + f"联系电话{phone}。", actor="张三", writer="张三").id
        svc.return_item(iid, "请删去电话", actor="赵编辑", expected_revision=svc.get_item(iid).item.revision)
    key = f"xinxi-qc-draft:writer1:revise:{iid}"
    saved = f"return localStorage.getItem('{key}');"
    _login(browser, base, "writer1")
    browser.get(f"{base}/items/{iid}")
    wait.until(EC.presence_of_element_located((By.ID, "revise-body")))
    browser.find_element(By.ID, "revise-body").send_keys("补充一句。")
    wait.until(lambda d: d.execute_script(saved))
    assert phone in browser.execute_script(saved)

    with app.app_context():  # an editor redacts the item meanwhile
        svc = get_state().service
        svc.redact(iid, "删除个人信息", actor="赵编辑")
    browser.get(f"{base}/items/{iid}")
    wait.until(EC.presence_of_element_located((By.ID, "draft-redacted")))
    assert "旧草稿已删除" in browser.find_element(By.ID, "draft-redacted").text
    assert browser.execute_script(saved) is None
    assert phone not in browser.find_element(By.ID, "revise-body").get_attribute("value")

    # typed after the redaction: kept across reloads
    browser.find_element(By.ID, "revise-body").send_keys("再补充。")
    wait.until(lambda d: d.execute_script(saved))
    browser.get(f"{base}/items/{iid}")
    wait.until(EC.presence_of_element_located((By.ID, "revise-body")))
    assert browser.find_elements(By.ID, "draft-redacted") == []
    assert "再补充。" in browser.execute_script(saved)
