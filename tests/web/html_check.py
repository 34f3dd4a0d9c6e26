"""A strict little reader of our HTML: every tag closed in order, and the text inside one element."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    def __init__(self, html: str, text_of: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text_of = text_of
        self._depth_in_target: int | None = None
        self.text = ""
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in VOID:
            return
        self.stack.append(tag)
        if self._depth_in_target is None and self.text_of and attributes.get("id") == self.text_of:
            self._depth_in_target = len(self.stack)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self._depth_in_target == len(self.stack):
            self._depth_in_target = -1  # done: the target element is closed
        self.stack.pop()

    def handle_data(self, data):
        if self._depth_in_target is not None and self._depth_in_target > 0:
            self.text += data

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str | None]]:
        key = {k.replace("_", "-"): v for k, v in attrs.items()}
        return [a for t, a in self.elements if (tag is None or t == tag) and all(a.get(k) == v for k, v in key.items())]
