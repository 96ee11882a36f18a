"""Who blocks the talks? Quotes, framing and negotiation positions in news on the Russia-Ukraine peace talks.

Modules (data flows downstream only):
ingest -> quotes (+ actors) -> frames, positions (+ timex) -> plots / report.
"""

__version__ = "0.1.0"
