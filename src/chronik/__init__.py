"""chronik: a chronicle of political events from (German) news articles.

Python API for notebooks::

    import chronik
    article = chronik.process("Putin besuchte am Dienstag Damaskus.", published="2020-01-07")
"""

from chronik.api import process

__all__ = ["process"]
__version__ = "0.1.0"
