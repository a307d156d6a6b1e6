"""The parts of the GA MCP items: the tools a server lists, and the errors a tool call ends in."""

from __future__ import annotations

from .._core.model import Dispatcher, Model, field, kind_table, model, set_kinds
from .._core.readers import get_int, get_json, get_json_object, get_str
from .._core.unset import UNSET
from .literals import _MCP_ERROR_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "RealtimeMcpError",
    "RealtimeMcpListToolsTool",
    "RealtimeMcpProtocolError",
    "RealtimeMcpToolExecutionError",
    "RealtimeMcphttpError",
    "UnknownMcpError",
]


@model
class RealtimeMcpListToolsTool(Model):
    """A tool an MCP server offers, as listed by an ``mcp_list_tools`` item."""

    name: Maybe[str] = UNSET
    input_schema: Maybe[Dict[str, Any]] = UNSET
    """The tool's input as a JSON schema: kept as the JSON object it is."""
    description: Maybe[str] = UNSET
    annotations: Maybe[Dict[str, Any]] = UNSET
    """Annotations about the tool: a JSON object, kept as it is."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _nullable = ("description", "annotations")
    _required = ("name", "input_schema")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.name = get_str(d, "name", errs)
        self.input_schema = get_json_object(d, "input_schema", errs)
        self.description = get_str(d, "description", errs)
        self.annotations = get_json_object(d, "annotations", errs)


class RealtimeMcpError(Dispatcher):
    """The base of the errors an MCP tool call can end in: ``RealtimeMcpError.from_dict``
    returns the kind its ``type`` names, or (lenient mode) an :class:`UnknownMcpError`."""

    __slots__ = ()
    _kind: ClassVar[str]


@model
class RealtimeMcpProtocolError(RealtimeMcpError):
    """The MCP server broke the protocol."""

    type: Maybe[str] = UNSET
    code: Maybe[int] = UNSET
    message: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "protocol_error"
    _required = ("type", "code", "message")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.code = get_int(d, "code", errs)
        self.message = get_str(d, "message", errs)


@model
class RealtimeMcpToolExecutionError(RealtimeMcpError):
    """The tool ran and failed."""

    type: Maybe[str] = UNSET
    message: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "tool_execution_error"
    _required = ("type", "message")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.message = get_str(d, "message", errs)


@model
class RealtimeMcphttpError(RealtimeMcpError):
    """The MCP server answered with an HTTP error (the SDK's spelling of the name)."""

    type: Maybe[str] = UNSET
    code: Maybe[int] = UNSET
    message: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "http_error"
    _required = ("type", "code", "message")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.code = get_int(d, "code", errs)
        self.message = get_str(d, "message", errs)


@model
class UnknownMcpError(RealtimeMcpError):
    """An MCP error of a kind this version does not know (lenient mode only): ``type`` as it
    came, every other key in :attr:`extra`, all given back unchanged."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_json(d, "type", errs)


set_kinds(
    RealtimeMcpError,
    kind_table(RealtimeMcpProtocolError, RealtimeMcpToolExecutionError, RealtimeMcphttpError),
    UnknownMcpError,
    _MCP_ERROR_TYPES,
)
