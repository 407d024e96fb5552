"""A person's browser on the live site, held to what every page must do: pass
axe with no serious or critical violation, and work under the site's Content
Security Policy with no refused resource, script error or missing file."""

from pathlib import Path

from django.conf import settings
from django.test import Client

BASE_DIR = Path(__file__).resolve().parents[2]
AXE = BASE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# CI keeps var/ as an artifact: reviewers look at each kind of page at each width.
SCREENSHOTS = BASE_DIR / "var" / "screenshots"

# Minor and moderate findings are left to review; these fail the test.
FAILING_IMPACTS = {"serious", "critical"}

RUN_AXE = """async () => {
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}"""


class Visitor:
    """Move through the site with ``visit`` and ``click``: each page the
    browser arrives at is checked as it loads. ``page`` is Playwright's page,
    to find and fill things on the way."""

    def __init__(self, page, axe_source):
        self.page = page
        self.axe_source = axe_source
        self.problems = []
        self.unchecked = []
        page.on("load", lambda loaded: self.unchecked.append(loaded.url))
        page.on("console", self.on_console)
        page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        page.on("response", self.on_response)

    def on_console(self, message):
        # CSP refusals and script errors arrive here; a file that failed to
        # load is reported with its address by on_response instead.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console error: {message.text}")

    def on_response(self, response):
        if response.status >= 400 and response.request.resource_type != "document":
            self.problems.append(f"{response.status} for {response.url}")

    def visit(self, path):
        """Open a page by its address, as typed into the address bar."""
        self.page.goto(path)
        self.check()

    def click(self, locator):
        """Click a link or button that leads to another page."""
        with self.page.expect_event("load"):
            locator.click()
        self.check()

    def check(self):
        """Run axe on the page the browser is on, and fail on what it or the
        console reported since the last check."""
        self.page.evaluate(self.axe_source)
        for violation in self.page.evaluate(RUN_AXE):
            if violation["impact"] in FAILING_IMPACTS:
                self.problems.append(
                    f"axe {violation['id']} ({violation['impact']}): {violation['help']}: "
                    + ", ".join(violation["targets"])
                )
        self.unchecked.clear()
        self.fail_on_problems(self.page.url)

    def screenshot(self, kind):
        """Keep what the browser shows as ``<kind>-<width>.png``."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        width = self.page.viewport_size["width"]
        self.page.screenshot(path=SCREENSHOTS / f"{kind}-{width}.png")

    def finish(self):
        """At the end of the test: nothing went wrong after the last check,
        and no page was left unchecked."""
        if self.unchecked:
            self.problems.append(
                "pages loaded without a check (use visit or click): " + ", ".join(self.unchecked)
            )
        self.fail_on_problems("after the last check")

    def fail_on_problems(self, where):
        problems, self.problems = self.problems, []
        assert not problems, f"{where}:\n  " + "\n  ".join(problems)


def sign_in(visitor, user, live_site):
    """The visitor's browser holds a session of ``user``, as after signing in."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    visitor.page.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": live_site}]
    )
