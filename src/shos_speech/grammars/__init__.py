"""The Yargy rules of shos_speech, a public API: compose them in your own parser.

One module per object kind (``institutions``, ``speakers``, ``threats``, ``priorities``,
``initiatives``) plus shared building blocks in ``common`` and ``gazetteer``. Build parsers with
:func:`parser`, which gives yargy the pymorphy3-backed tokenizer the rules were written
for (a plain ``yargy.Parser(rule)`` works too)::

    >>> from yargy import or_
    >>> from shos_speech.grammars import institutions, parser
    >>> p = parser(or_(institutions.REGISTRY, institutions.BODY))
    >>> [m.span for m in p.findall("Заседание Совета министров иностранных дел ШОС прошло в Астане")]
    [[10, 46)]
"""
from .common import parser

__all__ = ["parser"]
