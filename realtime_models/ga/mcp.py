"""The parts of the GA MCP items: the tools a server lists, and the errors a tool call ends in."""

from __future__ import annotations

from .._core.model import Model, field, kind_table, model, set_parser, union_parser
from .._core.readers import flat_parser, get_int, get_json, get_json_object, get_str
from .._core.unset import UNSET
from .literals import _MCP_ERROR_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, Type, Union

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


def _read_tool(t: RealtimeMcpListToolsTool, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    t.name = get_str(d, "name", errs)
    t.input_schema = get_json_object(d, "input_schema", errs)
    t.description = get_str(d, "description", errs)
    t.annotations = get_json_object(d, "annotations", errs)


class RealtimeMcpError(Model):
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


@model
class RealtimeMcpToolExecutionError(RealtimeMcpError):
    """The tool ran and failed."""

    type: Maybe[str] = UNSET
    message: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "tool_execution_error"
    _required = ("type", "message")


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


@model
class UnknownMcpError(RealtimeMcpError):
    """An MCP error of a kind this version does not know (lenient mode only): ``type`` as it
    came, every other key in :attr:`extra`, all given back unchanged."""

    type: Maybe[Any] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Every key but ``type``, with its value."""


def _read_coded(
    e: Union[RealtimeMcpProtocolError, RealtimeMcphttpError], d: Dict[str, Any], strict: bool, errs: Errors
) -> None:
    e.type = get_str(d, "type", errs)
    e.code = get_int(d, "code", errs)
    e.message = get_str(d, "message", errs)


def _read_execution(e: RealtimeMcpToolExecutionError, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    e.type = get_str(d, "type", errs)
    e.message = get_str(d, "message", errs)


def _read_unknown(e: UnknownMcpError, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
    e.type = get_json(d, "type", errs)


_ERRORS: Dict[Any, Type[RealtimeMcpError]] = kind_table(
    RealtimeMcpProtocolError, RealtimeMcpToolExecutionError, RealtimeMcphttpError
)
_parse_tool = flat_parser(_read_tool)
_parse_error = union_parser(_ERRORS, UnknownMcpError, _MCP_ERROR_TYPES)
set_parser(RealtimeMcpListToolsTool, _parse_tool)
set_parser(RealtimeMcpProtocolError, flat_parser(_read_coded))
set_parser(RealtimeMcphttpError, flat_parser(_read_coded))
set_parser(RealtimeMcpToolExecutionError, flat_parser(_read_execution))
set_parser(UnknownMcpError, flat_parser(_read_unknown))
set_parser(RealtimeMcpError, _parse_error)
