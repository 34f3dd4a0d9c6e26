"""The settings page: every setting from the one table in `testimonia.settings`, with its value now."""

from __future__ import annotations

from dataclasses import dataclass

from testimonia.settings import SETTINGS


@dataclass(slots=True)
class SettingView:
    name: str
    env: str
    default: str | None
    value: str | None
    help: str


@dataclass(slots=True)
class SettingsPage:
    settings: list[SettingView]


def settings_page(settings: object) -> SettingsPage:
    return SettingsPage([
        SettingView(s.name, s.env, _show(s.default), _show(getattr(settings, s.name, None)), s.help) for s in SETTINGS
    ])


def _show(value: object) -> str | None:
    return None if value is None else str(value)
