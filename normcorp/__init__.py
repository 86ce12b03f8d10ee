"""normcorp: canonical text for scraped news-wire copies of one story.

>>> import normcorp
>>> doc = normcorp.normalize("The \u201cU.S.\u201d  said\u2026")
>>> doc.text
'The "US" said...\\n'
>>> doc.restore()
'The \u201cU.S.\u201d  said\u2026'
"""

from importlib.metadata import PackageNotFoundError, version

from normcorp.document import Dateline, Document
from normcorp.edits import Change, Edit
from normcorp.names import Gazetteer, GazetteerError
from normcorp.pipeline import Normalizer, Rule, build_rules, normalize

try:
    __version__ = version("normcorp")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "Change",
    "Dateline",
    "Document",
    "Edit",
    "Gazetteer",
    "GazetteerError",
    "Normalizer",
    "Rule",
    "__version__",
    "build_rules",
    "normalize",
]
