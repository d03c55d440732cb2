#!/usr/bin/python3
"""The open-read-resend flow of ndrform, driven from outside through AT-SPI as QA tools do.

    flow.py --ndrform BIN --fixturegen BIN --baseline DIR [--ndrtool BIN] [--keep DIR]

Starts Xvfb and a private session bus, runs the real ndrform on a fixture report with a
temporary store, and through the accessibility tree alone (no mouse position): reads the
recipient table, selects a recipient and reads its details, presses Resend, corrects an
address and confirms a policy warning in the resend dialog, confirms, and reads the result
banner (and that it was announced). The accessible tree (roles and names) at each step is
compared with tests/a11y/baseline/*.txt; NDR_UPDATE_BASELINE=1 rewrites those files.

Exit status: 0 passed, 1 failed, 77 skipped (no Xvfb, dbus-run-session or pyatspi).
Needs /usr/bin/python3: Debian's pyatspi is not importable from other Pythons.
"""
import argparse
import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
TIMEOUT = 20.0  # seconds for any one thing to appear

# Structure without a name of its own: left out of the baselines, its children kept.
ELIDED_ROLES = {"filler", "panel", "unknown", "scroll bar", "layered pane", "split pane",
                "table row header", "viewport", "scroll pane", "separator"}


class FlowError(Exception):
    pass


def log(text):
    print(text, flush=True)


# --- Outside: Xvfb and the session bus ----------------------------------------------------

def missing_tools():
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if not shutil.which(tool)]
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        missing.append("pyatspi (python3-pyatspi)")
    return missing


def start_xvfb(workdir):
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24",
                             "-nolisten", "tcp", "-noreset"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                            stderr=open(os.path.join(workdir, "xvfb.log"), "w"))
    os.close(write_fd)
    number = b""
    deadline = time.time() + TIMEOUT
    while not number.endswith(b"\n") and time.time() < deadline:
        chunk = os.read(read_fd, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_fd)
    if not number.strip():
        xvfb.kill()
        raise FlowError("Xvfb did not start (see xvfb.log)")
    return xvfb, ":" + number.decode().strip()


def outer(args):
    missing = missing_tools()
    if missing:
        log("SKIP: missing " + ", ".join(missing))
        return SKIP
    workdir = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="ndr-a11y-")
    os.makedirs(workdir, exist_ok=True)
    xvfb, display = start_xvfb(workdir)
    try:
        env = dict(os.environ, DISPLAY=display)
        for name in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_SCALE_FACTOR"):
            env.pop(name, None)
        inner_args = [sys.executable, os.path.abspath(__file__), "--inner", "--workdir", workdir] + sys.argv[1:]
        return subprocess.call(["dbus-run-session", "--"] + inner_args, env=env)
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(5)
        except subprocess.TimeoutExpired:
            xvfb.kill()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


# --- Inside: the accessibility client -----------------------------------------------------

class Client:
    def __init__(self, pid, workdir):
        import pyatspi
        from gi.repository import GLib
        self.pyatspi = pyatspi
        self.context = GLib.MainContext.default()
        self.pid = pid
        self.workdir = workdir
        self.events = []
        self.focused = []  # nodes that took the focus, latest last (how a screen reader follows it)
        pyatspi.Registry.registerEventListener(self._on_event, "object:state-changed:showing",
                                               "object:property-change:accessible-description",
                                               "object:property-change:accessible-name")
        pyatspi.Registry.registerEventListener(self._on_focus, "object:state-changed:focused")
        self.app = self.wait(self._find_app, "the ndrform application on the accessibility bus")

    def _on_event(self, event):
        try:
            source = event.source
            self.events.append((event.type, source.getRoleName(), source.name, source.description))
        except Exception:  # the source may be gone already
            pass

    def _on_focus(self, event):
        if event.detail1:
            self.focused.append(event.source)

    def focused_node(self, role, name):
        for node in reversed(self.focused):
            try:
                if node.getRoleName() == role and node.name == name:
                    return node
            except Exception:
                pass
        return None

    def pump(self):
        while self.context.pending():
            self.context.iteration(False)

    def wait(self, probe, what, timeout=TIMEOUT):
        deadline = time.time() + timeout
        while True:
            self.pump()
            try:
                value = probe()
            except Exception:  # nodes come and go while the window changes
                value = None
            if value:
                return value
            if time.time() > deadline:
                raise FlowError("timed out waiting for " + what)
            time.sleep(0.1)

    def _find_app(self):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == self.pid:
                return app
        return None

    # Tree helpers.
    def visible(self, node):
        states = node.getState()
        return states.contains(self.pyatspi.STATE_VISIBLE) and states.contains(self.pyatspi.STATE_SHOWING)

    def find(self, root, role, name=None, startswith=None, visible=True):
        def match(node):
            if node is None or node.getRoleName() != role:
                return False
            if name is not None and node.name != name:
                return False
            if startswith is not None and not node.name.startswith(startswith):
                return False
            return not visible or self.visible(node)
        return self.pyatspi.findDescendant(root, match)

    def window(self, role, name=None):
        for top in self.app:
            if top is not None and top.getRoleName() == role and (name is None or top.name == name) \
                    and self.visible(top):
                return top
        return None

    def press(self, node, action="Press"):
        actions = node.queryAction()
        names = [actions.getName(i) for i in range(actions.nActions)]
        if action not in names:
            raise FlowError("%s %r has no action %s (it has %s)" % (node.getRoleName(), node.name, action, names))
        actions.doAction(names.index(action))

    def key(self, keysym):
        self.pyatspi.Registry.generateKeyboardEvent(keysym, None, self.pyatspi.KEY_SYM)

    def table_rows(self, table):
        t = table.queryTable()
        return [[t.getAccessibleAt(r, c).name for c in range(t.nColumns)] for r in range(t.nRows)]

    def headers(self, table):
        t = table.queryTable()
        return [t.getColumnHeader(c).name for c in range(t.nColumns)]

    def select_row(self, table, row):
        t = table.queryTable()
        for selected in t.getSelectedRows():
            t.removeRowSelection(selected)
        if not t.addRowSelection(row):
            raise FlowError("the table %r refused to select row %d" % (table.name, row))

    def checked(self, table, row, column=0):
        cell = table.queryTable().getAccessibleAt(row, column)
        return cell.getState().contains(self.pyatspi.STATE_CHECKED)

    def text_of(self, node):
        text = node.queryText()
        return text.getText(0, text.characterCount)

    # The baseline: visible nodes, roles and names, structure without a name left out.
    def tree(self, root):
        lines = []

        def walk(node, depth):
            if node is None or not self.visible(node):
                return
            role = node.getRoleName()
            name = node.name or ""
            shown = not (role in ELIDED_ROLES and not name)
            if shown:
                lines.append("%s%s %r" % ("  " * depth, role, name))
            if role == "table cell":
                return
            for child in node:
                walk(child, depth + 1 if shown else depth)
        walk(root, 0)
        return "\n".join(lines) + "\n"


def check_baseline(client, root, baseline_dir, name, failures):
    # The temporary folder (it holds the store) is named differently on every run.
    actual = client.tree(root).replace(client.workdir, "<workdir>")
    path = os.path.join(baseline_dir, name + ".txt")
    if os.environ.get("NDR_UPDATE_BASELINE") == "1":
        os.makedirs(baseline_dir, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(actual)
        log("baseline %s rewritten" % path)
        return
    try:
        with open(path, encoding="utf-8") as f:
            expected = f.read()
    except FileNotFoundError:
        expected = ""
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            "baseline/" + name + ".txt", "actual"))
        failures.append("the accessible tree of %s differs from its baseline "
                        "(NDR_UPDATE_BASELINE=1 rewrites it when the change is meant):\n%s" % (name, diff))
    else:
        log("baseline %s: same" % name)


def expect(condition, message, failures):
    if not condition:
        failures.append(message)
    log(("ok   " if condition else "FAIL ") + message)


def row_of(rows, column, value):
    for i, row in enumerate(rows):
        if row[column] == value:
            return i
    raise FlowError("no row with %r in column %d: %r" % (value, column, rows))


def flow(client, args, failures):
    # Open: the report's window, its table filled.
    frame = client.wait(lambda: client.window("frame"), "the main window")
    table = client.wait(lambda: client.find(frame, "table", "Recipients"), "the recipient table")
    client.wait(lambda: client.table_rows(table) and len(client.table_rows(table)) == 3, "three recipient rows")
    check_baseline(client, frame, args.baseline, "main-window", failures)

    # Read the table's cells.
    headers = client.headers(table)
    expect(headers == ["Recipient", "Address", "Type", "Status", "Reason"], "column headers %r" % headers, failures)
    rows = client.table_rows(table)
    for row in rows:
        log("     row %r" % row)
    bob, carol, erin = (row_of(rows, 0, n) for n in ("Bob Builder", "Carol Jones", "Erin Partner"))
    expect(rows[bob][4] == "Address not found", "Bob Builder: address not found", failures)
    expect(rows[carol][3] == "Failed, temporary (4.2.2)", "Carol Jones: failed, temporary", failures)
    expect(rows[erin][4] == "Refused for security reasons", "Erin Partner: refused for security reasons", failures)
    count = client.find(frame, "label", startswith="3 of 5")
    expect(count is not None, "the count says 3 of 5 recipients did not receive it", failures)

    # Select a recipient and read the details.
    client.select_row(table, carol)
    heading = client.wait(lambda: client.find(frame, "label", "Carol Jones <carol@example.org>"),
                          "Carol Jones's details")
    details = heading.parent
    labels = [child.name for child in details if child is not None and child.getRoleName() == "label"]
    log("     details %r" % labels)
    expect("Recipient's mailbox is full" in labels, "the details name the reason", failures)
    expect("Temporary" in labels, "the details say the failure is temporary", failures)
    response = client.find(frame, "text", "Server response")
    expect(response is not None and "452 4.2.2" in client.text_of(response),
           "the server's response is readable", failures)
    check_baseline(client, client.find(frame, "layered pane", "Details"), args.baseline, "details-carol", failures)

    # Resend: the dialog.
    client.press(client.find(frame, "push button", startswith="Resend"))
    dialog = client.wait(lambda: client.window("dialog"), "the resend dialog")
    choices = client.wait(lambda: client.find(dialog, "table"), "the resend dialog's list")
    client.wait(lambda: len(client.table_rows(choices)) == 3, "three rows in the resend dialog")
    check_baseline(client, dialog, args.baseline, "resend-dialog", failures)
    rows = client.table_rows(choices)
    d_bob, d_carol, d_erin = (row_of(rows, 1, n) for n in ("Bob Builder", "Carol Jones", "Erin Partner"))
    expect(client.checked(choices, d_carol), "Carol Jones (temporary) is checked", failures)
    expect(not client.checked(choices, d_bob), "Bob Builder (address not found) is not checked", failures)
    expect(not client.checked(choices, d_erin), "Erin Partner (refused by policy) is not checked", failures)

    # Correct Bob's address by keyboard: select, F2, the editor's text, Return, Space.
    client.select_row(choices, d_bob)
    choices.queryComponent().grabFocus()
    client.wait(lambda: choices.getState().contains(client.pyatspi.STATE_FOCUSED), "the list to take the focus")
    client.key(0xFFBF)  # F2
    # The editor is not a child of the table's cells: like a screen reader, follow the focus.
    editor = client.wait(lambda: client.focused_node("text", "Address of Bob Builder"), "the address editor")
    editor.queryEditableText().setTextContents("bob@example.com")
    client.key(0xFF0D)  # Return
    client.wait(lambda: client.table_rows(choices)[d_bob][2] == "bob@example.com", "the corrected address")
    if not client.checked(choices, d_bob):
        client.key(0x20)  # Space
    client.wait(lambda: client.checked(choices, d_bob), "Bob Builder checked after the correction")
    expect(True, "Bob Builder's address corrected and checked", failures)

    # Erin: Space asks first; "Send Anyway" answers.
    client.select_row(choices, d_erin)
    client.key(0x20)
    anyway = client.wait(lambda: client.find(dialog, "push button", "Send Anyway"), "the policy warning")
    client.press(anyway)
    client.wait(lambda: client.checked(choices, d_erin), "Erin Partner checked after Send Anyway")
    expect(True, "Erin Partner's policy warning confirmed", failures)

    # Confirm.
    confirm = client.find(dialog, "push button", "Resend")
    expect(confirm is not None and confirm.getState().contains(client.pyatspi.STATE_ENABLED),
           "the dialog's Resend button is enabled", failures)
    client.events.clear()
    client.press(confirm)
    client.wait(lambda: client.window("dialog") is None, "the dialog to close")

    # The outcome, as a screen reader gets it.
    alert = client.wait(lambda: client.find(frame, "alert"), "the result banner")
    label = client.wait(lambda: client.find(alert, "label", startswith="Sent again"), "the result text")
    log("     result %r" % label.name)
    expect(label.name.startswith("Sent again to 3 recipients.") and "(message 1)" in label.name,
           "the banner says the message went again to 3 recipients, message 1", failures)
    client.wait(lambda: any(e[1] == "alert" for e in client.events), "the banner's announcement", timeout=5)
    announced = [e for e in client.events if e[1] == "alert"]
    log("     events %r" % announced)
    expect(any("Sent again to 3" in (e[3] or "") or e[0].endswith("showing") for e in announced),
           "the result was announced (an alert appeared)", failures)
    check_baseline(client, frame, args.baseline, "main-window-after-resend", failures)

    # The store has it.
    if args.ndrtool:
        listing = subprocess.run([args.ndrtool, "store", "list", "--store", args.store],
                                 capture_output=True, text=True, timeout=60)
        expect(listing.returncode == 0 and "Quarterly figures for review" in listing.stdout,
               "ndrtool store list shows the resent message", failures)


def inner(args):
    workdir = args.workdir
    report = os.path.join(workdir, "report.msg")
    subprocess.run([args.fixturegen, "sample", report], check=True, stdout=subprocess.DEVNULL)
    args.store = os.path.join(workdir, "store.sqlite")
    runtime = os.path.join(workdir, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env = dict(os.environ,
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", QT_XCB_GL_INTEGRATION="none",
               XDG_CONFIG_HOME=os.path.join(workdir, "config"), XDG_DATA_HOME=os.path.join(workdir, "data"),
               XDG_CACHE_HOME=os.path.join(workdir, "cache"), XDG_RUNTIME_DIR=runtime,
               TZ="UTC", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    app_log = open(os.path.join(workdir, "ndrform.log"), "w")
    app = subprocess.Popen([args.ndrform, report, "--store", args.store, "--lang", "en_US", "--size", "900x600"],
                           env=env, stdout=app_log, stderr=subprocess.STDOUT)
    failures = []
    try:
        client = Client(app.pid, workdir)
        flow(client, args, failures)
    except FlowError as error:
        failures.append(str(error))
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
        app_log.close()
    if failures:
        log("\n%d failure(s):" % len(failures))
        for failure in failures:
            log("- " + failure)
        with open(os.path.join(workdir, "ndrform.log")) as f:
            text = f.read().strip()
        if text:
            log("ndrform said:\n" + text)
        return 1
    log("passed")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ndrform", required=True)
    parser.add_argument("--fixturegen", required=True)
    parser.add_argument("--baseline", required=True)
    parser.add_argument("--ndrtool")
    parser.add_argument("--keep", help="work in this folder and keep it (logs, store)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    try:
        return inner(args) if args.inner else outer(args)
    except FlowError as error:
        log("FAIL: %s" % error)
        return 1


if __name__ == "__main__":
    sys.exit(main())
