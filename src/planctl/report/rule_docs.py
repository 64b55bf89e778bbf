"""Where a rule is documented: its section of docs/rules.md (docs/rules.vi.md in Vietnamese),
as a link for SARIF's `helpUri`.

When the installed planctl names its repository in `project.urls` (a github.com URL under
Repository, Source or Homepage), the link is that repository's page at this version's tag
(`…/blob/v0.1.0/docs/rules.md#u001-unknown-unit`); otherwise it is the page's path in the
repository, with the anchor.
"""

from __future__ import annotations

import re
from functools import cache

from planctl.checks.rule import Rule

RULES_PAGE = {"en": "docs/rules.md", "vi": "docs/rules.vi.md"}
_URL_LABELS = ("repository", "source", "source code", "homepage", "home")


def project_urls() -> dict[str, str]:
    """`project.urls` of the installed planctl, labels lower-cased."""
    from importlib import metadata

    try:
        entries = metadata.metadata("planctl").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return {}
    urls: dict[str, str] = {}
    for entry in entries:
        label, _, url = entry.partition(",")
        urls[label.strip().lower()] = url.strip()
    return urls


@cache
def repository_url() -> str | None:
    """The planctl repository's github.com URL, from `project.urls`; None when not set."""
    urls = project_urls()
    for label in _URL_LABELS:
        url = urls.get(label, "")
        if re.match(r"https://github\.com/[^/]+/[^/]+/?$", url):
            return url.rstrip("/").removesuffix(".git")
    return None


def anchor(rule: Rule) -> str:
    """GitHub's anchor of the heading `### U001 unknown-unit`: `u001-unknown-unit`."""
    heading = f"{rule.code} {rule.name}".lower()
    return re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")


def _tag() -> str:
    from planctl import __version__

    return "v" + __version__.split("+")[0]


def help_uri(rule: Rule, lang: str) -> str:
    page = RULES_PAGE.get(lang, RULES_PAGE["en"])
    base = repository_url()
    where = f"{base}/blob/{_tag()}/{page}" if base else page
    return f"{where}#{anchor(rule)}"
