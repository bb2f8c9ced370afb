"""Telegram Desktop exports (``result.json``).

A single-chat export is ``{"name", "type", "id", "messages": [...]}``; a full-account
export nests such chats under ``{"chats": {"list": [...]}}``. Each message of type
"message" is a report; its ``text`` is a string or a list mixing strings and entity
objects ``{"type": "bold", "text": "..."}`` that is flattened to plain text.
"""

from __future__ import annotations

from typing import Any

from frontwatch.ingest.errors import IngestFailure
from frontwatch.ingest.options import IngestOptions
from frontwatch.ingest.readers import ReportDraft, SourceFile, optional_str, origin_of, parse_published


def flatten_text(text: Any) -> str:
    """Plain text of a message's ``text`` field (string, or list of strings and entities)."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        parts: list[str] = []
        for part in text:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def is_telegram_export(value: Any) -> bool:
    return isinstance(value, dict) and ("messages" in value or isinstance(value.get("chats"), dict))


def _chats(export: dict[str, Any], file: SourceFile) -> list[dict[str, Any]]:
    if "messages" in export:
        return [export]
    chat_list = export["chats"].get("list")
    if not isinstance(chat_list, list):
        raise IngestFailure(file.path, 'Telegram export: "chats" has no "list" of chats')
    return [chat for chat in chat_list if isinstance(chat, dict)]


def _published(message: dict[str, Any]) -> Any:
    # date_unixtime is absolute; "date" is the exporting computer's local time without
    # an offset, which we can only take as UTC.
    return message.get("date_unixtime") or message.get("date")


def read_telegram_export(
    export: dict[str, Any], file: SourceFile, options: IngestOptions
) -> list[ReportDraft]:
    drafts: list[ReportDraft] = []
    for chat in _chats(export, file):
        messages = chat.get("messages")
        chat_name = optional_str(chat.get("name"))
        if not isinstance(messages, list):
            raise IngestFailure(file.path, f'Telegram export of {chat_name or "a chat"}: no "messages" list')
        username = optional_str(chat.get("username"))
        if username:
            username = username.removeprefix("@")
        for position, message in enumerate(messages, start=1):
            if not isinstance(message, dict):
                raise IngestFailure(file.path, f"message {position}: expected a JSON object")
            if message.get("type", "message") != "message":
                continue  # service messages: joins, pins, title changes
            text = flatten_text(message.get("text"))
            if not text.strip():
                continue  # photo or sticker without caption: nothing was said
            message_id = message.get("id", position)
            try:
                published = parse_published(_published(message))
            except ValueError as error:
                raise IngestFailure(file.path, f"message {message_id}: {error}") from error
            draft = ReportDraft(
                raw_text=text,
                format="telegram",
                origin=origin_of(file.path, message_id),
                published=published,
                source=chat_name or optional_str(message.get("from")),
                url=f"https://t.me/{username}/{message_id}" if username else None,
            )
            draft.meta["message_id"] = message_id
            for key in ("forwarded_from", "from", "from_id", "reply_to_message_id", "edited"):
                value = message.get(key)
                if value is not None:
                    draft.meta[key] = value
            if chat.get("id") is not None:
                draft.meta["chat_id"] = chat["id"]
            if chat_name:
                draft.meta["chat_name"] = chat_name  # the channel's title, whatever --source says
            drafts.append(draft)
    return drafts
