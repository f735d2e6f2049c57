"""Compose the public Yargy rules of shos_speech in your own parser.

Here: "a meeting of <institution>" (саммит ШОС, заседание Совета министров иностранных
дел СНГ, ...), built from ``institutions.REGISTRY`` / ``institutions.BODY``, and the
threat phrases of ``threats.THREAT`` found in the same text.
"""
from __future__ import annotations

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary

from shos_speech.grammars import institutions, parser, threats

Meeting = fact("Meeting", ["event", "body"])

EVENT = dictionary({"саммит", "заседание", "встреча", "сессия", "совещание", "форум"})
MEETING = rule(EVENT.interpretation(Meeting.event.normalized()),
               or_(institutions.REGISTRY, institutions.BODY).interpretation(Meeting.body)
               ).interpretation(Meeting)

TEXT = ("На заседании Совета министров иностранных дел ШОС в Астане обсуждались меры против "
        "кибермошенничества. Накануне саммита СНГ эксперты предупредили о росте незаконной миграции.")


def main() -> None:
    for match in parser(MEETING).findall(TEXT):
        m = match.fact
        print(f"meeting: {m.event} | body: {m.body} | span: {TEXT[match.span.start:match.span.stop]}")
    for match in parser(threats.THREAT).findall(TEXT):
        print(f"threat candidate (the lexicon decides in threats.Finder): {TEXT[match.span.start:match.span.stop]}")


if __name__ == "__main__":
    main()
