"""The GA tools a session or a response may use (a function, an MCP server's tools), and the
tool choice: a mode, or the one function or MCP server the model must use."""

from __future__ import annotations

from .._core.checks import each_one_of, one_of, string_one_of
from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import (
    get_bool,
    get_json,
    get_list_or_model,
    get_model,
    get_str,
    get_str_list,
    get_str_map,
    get_str_or_model,
)
from .._core.unset import UNSET
from .._shared.session import RealtimeFunctionTool, RealtimeToolsConfigUnion
from ..errors import ValidationProblem
from .literals import _MCP_APPROVAL_MODES, _MCP_CALLERS, _MCP_CONNECTORS, _TOOL_CHOICE_MODES, _TOOL_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, List, Union

    from .._core.checks import Errors
    from .._core.unset import Maybe
    from ..errors import Path

__all__ = [
    "Mcp",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpToolFilter",
    "RealtimeFunctionTool",
    "RealtimeResponseCreateMcpTool",
    "RealtimeToolChoiceObject",
    "RealtimeToolsConfigUnion",
    "ToolChoiceFunction",
    "ToolChoiceMcp",
    "UnknownTool",
    "UnknownToolChoice",
]

_TUNNEL_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _tunnel_id(value: Any, path: Path, errs: Errors) -> None:
    """The pattern ``^tunnel_[a-z0-9]{32}$``, checked without loading ``re``."""
    if not (value.startswith("tunnel_") and len(value) == 39 and _TUNNEL_CHARACTERS.issuperset(value[7:])):
        errs.append(ValidationProblem(path, "expected tunnel_ and 32 lowercase letters or digits"))


@model
class McpToolFilter(Model):
    """Which of an MCP server's tools a rule applies to: by name, or the read-only ones."""

    tool_names: Maybe[List[str]] = UNSET
    read_only: Maybe[bool] = UNSET
    """The tools annotated ``readOnlyHint``."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _wire = ("tool_names", "read_only")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.tool_names = get_str_list(d, "tool_names", errs)
        self.read_only = get_bool(d, "read_only", errs)


@model
class McpRequireApprovalMcpToolApprovalFilter(Model):
    """Which tools need the user's approval before each call, and which never do."""

    always: Maybe[McpToolFilter] = UNSET
    never: Maybe[McpToolFilter] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.always = get_model(d, "always", McpToolFilter, strict, errs)
        self.never = get_model(d, "never", McpToolFilter, strict, errs)


@model
class RealtimeResponseCreateMcpTool(RealtimeToolsConfigUnion):
    """An MCP server whose tools the model may call (the SDK's ``Mcp`` in a session's tools,
    ``RealtimeResponseCreateMcpTool`` in ``response.create``): one shape in both."""

    type: Maybe[str] = UNSET
    """Always ``mcp``."""
    server_label: Maybe[str] = UNSET
    """The server's name in tool calls."""
    server_url: Maybe[str] = UNSET
    connector_id: Maybe[str] = UNSET
    """One of OpenAI's connectors (:data:`~realtime_models.ga.literals.MCP_CONNECTORS`)."""
    tunnel_id: Maybe[str] = UNSET
    """A Secure MCP Tunnel: ``tunnel_`` and 32 lowercase letters or digits (strict mode checks)."""
    authorization: Maybe[str] = UNSET
    """An OAuth access token."""
    server_description: Maybe[str] = UNSET
    headers: Maybe[Dict[str, str]] = UNSET
    """HTTP headers sent to the server."""
    allowed_tools: Maybe[Union[List[str], McpToolFilter]] = UNSET
    """The tools the model may use: their names, or a filter."""
    allowed_callers: Maybe[List[str]] = UNSET
    """``direct`` and/or ``programmatic``."""
    require_approval: Maybe[Union[str, McpRequireApprovalMcpToolApprovalFilter]] = UNSET
    """``always``, ``never``, or a filter of the tools that need approval."""
    defer_loading: Maybe[bool] = UNSET
    """Whether the tools are found through tool search instead of listed up front."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp"
    _required = ("type", "server_label")
    _nullable = ("headers", "allowed_tools", "allowed_callers", "require_approval")
    _checks = {
        "connector_id": one_of(_MCP_CONNECTORS),
        "tunnel_id": _tunnel_id,
        "allowed_callers": each_one_of(_MCP_CALLERS, at_least_one=True),
        "require_approval": string_one_of(_MCP_APPROVAL_MODES),
    }

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.server_label = get_str(d, "server_label", errs)
        self.server_url = get_str(d, "server_url", errs)
        self.connector_id = get_str(d, "connector_id", errs)
        self.tunnel_id = get_str(d, "tunnel_id", errs)
        self.authorization = get_str(d, "authorization", errs)
        self.server_description = get_str(d, "server_description", errs)
        self.headers = get_str_map(d, "headers", errs)
        self.allowed_tools = get_list_or_model(d, "allowed_tools", McpToolFilter, strict, errs)
        self.allowed_callers = get_str_list(d, "allowed_callers", errs)
        self.require_approval = get_str_or_model(
            d, "require_approval", McpRequireApprovalMcpToolApprovalFilter, strict, errs
        )
        self.defer_loading = get_bool(d, "defer_loading", errs)


Mcp = RealtimeResponseCreateMcpTool
"""The SDK's name for the MCP tool in a session's ``tools``: the same shape."""


@model
class UnknownTool(RealtimeToolsConfigUnion):
    """A tool of a kind this version does not know (lenient mode only): ``type`` as it came,
    every other key in :attr:`extra`."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


set_kinds(
    RealtimeToolsConfigUnion,
    kind_table(RealtimeFunctionTool, RealtimeResponseCreateMcpTool),
    UnknownTool,
    _TOOL_TYPES,
)


class RealtimeToolChoiceObject(Dispatcher):
    """The object forms of ``tool_choice``, told apart by ``type``: the function
    (:class:`ToolChoiceFunction`) or the MCP server (:class:`ToolChoiceMcp`) the model must
    use. Its string form is a mode: ``none``, ``auto`` or ``required``."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class ToolChoiceFunction(RealtimeToolChoiceObject):
    """The model must call this function."""

    type: Maybe[str] = UNSET
    """Always ``function``."""
    name: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "function"
    _required = ("type", "name")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.name = get_str(d, "name", errs)


@model
class ToolChoiceMcp(RealtimeToolChoiceObject):
    """The model must use this MCP server's tools: any of them, or the one named."""

    type: Maybe[str] = UNSET
    """Always ``mcp``."""
    server_label: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    """The tool; ``null``: any of the server's tools."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp"
    _required = ("type", "server_label")
    _nullable = ("name",)

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.server_label = get_str(d, "server_label", errs)
        self.name = get_str(d, "name", errs)


@model
class UnknownToolChoice(RealtimeToolChoiceObject):
    """A tool choice object of a kind this version does not know (lenient mode only)."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


set_kinds(RealtimeToolChoiceObject, kind_table(ToolChoiceFunction, ToolChoiceMcp), UnknownToolChoice, _TOOL_TYPES)

# The string modes of a tool choice, for the session and response.create checks.
_TOOL_CHOICE_MODE = string_one_of(_TOOL_CHOICE_MODES)
