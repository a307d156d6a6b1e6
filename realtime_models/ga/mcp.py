"""MCP in the GA protocol: the four MCP item kinds (an approval request and its response, a
server's tool list, a tool call), the tools a server lists, and the errors a tool call ends in."""

from __future__ import annotations

from .._core.checks import (
    as_bool,
    as_object,
    as_str,
    check_kind,
    check_required,
    check_strict,
    child_list,
    prefixed,
    unreadable,
)
from .._core.model import Dispatcher, Model, add_kinds, field, kind_table, model, new_model, put_extra, set_kinds
from .._core.order import UNSEEN, key_order, without_missing
from .._core.readers import get_int, get_json, get_json_object, get_str
from .._core.unset import UNSET
from ..errors import ValidationError
from .items import RealtimeConversationItem
from .literals import _MCP_ERROR_TYPES

TYPE_CHECKING = False  # what typing.TYPE_CHECKING is at run time, without importing typing
if TYPE_CHECKING:
    from typing import Any, ClassVar, Dict, List

    from .._core.checks import Errors
    from .._core.unset import Maybe

__all__ = [
    "RealtimeMcpApprovalRequest",
    "RealtimeMcpApprovalResponse",
    "RealtimeMcpError",
    "RealtimeMcpListTools",
    "RealtimeMcpListToolsTool",
    "RealtimeMcpProtocolError",
    "RealtimeMcpToolCall",
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
class _McpCodedError(RealtimeMcpError):
    """The shape of the MCP errors that carry a numeric code: a protocol error and an HTTP error."""

    type: Maybe[str] = UNSET
    code: Maybe[int] = UNSET
    message: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _required = ("type", "code", "message")

    def _read(self, d: Dict[str, Any], strict: bool, errs: Errors) -> None:
        self.type = get_str(d, "type", errs)
        self.code = get_int(d, "code", errs)
        self.message = get_str(d, "message", errs)


class RealtimeMcpProtocolError(_McpCodedError):
    """The MCP server broke the protocol."""

    __slots__ = ()
    _kind = "protocol_error"


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


class RealtimeMcphttpError(_McpCodedError):
    """The MCP server answered with an HTTP error (the SDK's spelling of the name)."""

    __slots__ = ()
    _kind = "http_error"


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
_parse_tool = RealtimeMcpListToolsTool._parse
_parse_error = RealtimeMcpError._parse


@model
class RealtimeMcpApprovalRequest(RealtimeConversationItem):
    """An MCP server asks to run a tool and waits for an approval."""

    id: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    server_label: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    arguments: Maybe[str] = UNSET
    """The arguments as JSON text, kept as text."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_approval_request"
    _wire = ("id", "type", "server_label", "name", "arguments")
    _required = ("type", "id", "server_label", "name", "arguments")

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.server_label
        if v is not UNSET:
            d["server_label"] = v
        v = self.name
        if v is not UNSET:
            d["name"] = v
        v = self.arguments
        if v is not UNSET:
            d["arguments"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMEMCPAPPROVALREQUEST)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeMcpApprovalRequest:
        """Parse a ``RealtimeMcpApprovalRequest``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("server_label", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "server_label", errs)
            o.server_label = x
            x = d.get("name", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "name", errs)
            o.name = x
            x = d.get("arguments", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "arguments", errs)
            o.arguments = x
            order = _ORDERS_MCP_APPROVAL_REQUEST.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeMcpApprovalRequest, strict, errs)
            if strict:
                check_strict(o, RealtimeMcpApprovalRequest._rules, errs)
            if strict:
                check_required(d, RealtimeMcpApprovalRequest._required, errs)
            if o.type != "mcp_approval_request":  # another kind: refused in both modes
                check_kind(o, "mcp_approval_request", errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeMcpApprovalResponse(RealtimeConversationItem):
    """The answer to an MCP approval request."""

    id: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    approval_request_id: Maybe[str] = UNSET
    approve: Maybe[bool] = UNSET
    reason: Maybe[str] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_approval_response"
    _wire = ("id", "type", "approval_request_id", "approve", "reason")
    _nullable = ("reason",)
    _required = ("type", "id", "approval_request_id", "approve")

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.approval_request_id
        if v is not UNSET:
            d["approval_request_id"] = v
        v = self.approve
        if v is not UNSET:
            d["approve"] = v
        v = self.reason
        if v is not UNSET:
            d["reason"] = v
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMEMCPAPPROVALRESPONSE)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeMcpApprovalResponse:
        """Parse a ``RealtimeMcpApprovalResponse``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("approval_request_id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "approval_request_id", errs)
            o.approval_request_id = x
            x = d.get("approve", UNSET)
            if type(x) is not bool and x is not UNSET:
                x = as_bool(x, "approve", errs)
            o.approve = x
            x = d.get("reason", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "reason", errs)
            o.reason = x
            order = _ORDERS_MCP_APPROVAL_RESPONSE.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeMcpApprovalResponse, strict, errs)
            if strict:
                check_strict(o, RealtimeMcpApprovalResponse._rules, errs)
            if strict:
                check_required(d, RealtimeMcpApprovalResponse._required, errs)
            if o.type != "mcp_approval_response":  # another kind: refused in both modes
                check_kind(o, "mcp_approval_response", errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeMcpListTools(RealtimeConversationItem):
    """The tools an MCP server offers."""

    id: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    server_label: Maybe[str] = UNSET
    tools: Maybe[List[RealtimeMcpListToolsTool]] = UNSET
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_list_tools"
    _wire = ("id", "type", "server_label", "tools")
    _required = ("type", "server_label", "tools")

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.server_label
        if v is not UNSET:
            d["server_label"] = v
        tools_ = self.tools
        if tools_:
            items = []
            for item in tools_:
                items.append(item._dump())
            d["tools"] = items
        elif tools_ is not UNSET:
            d["tools"] = None if tools_ is None else tools_[:]
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMEMCPLISTTOOLS)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeMcpListTools:
        """Parse a ``RealtimeMcpListTools``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("server_label", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "server_label", errs)
            o.server_label = x
            x = d.get("tools", UNSET)
            if type(x) is list:
                items = []
                try:
                    for entry in x:
                        items.append(_parse_tool(RealtimeMcpListToolsTool, entry, strict))
                except ValidationError:
                    items = child_list(RealtimeMcpListToolsTool, x, "tools", strict, errs)
                x = items
            elif x is not UNSET and x is not None:
                x = child_list(RealtimeMcpListToolsTool, x, "tools", strict, errs)
            o.tools = x
            order = _ORDERS_MCP_LIST_TOOLS.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeMcpListTools, strict, errs)
            if strict:
                check_strict(o, RealtimeMcpListTools._rules, errs)
            if strict:
                check_required(d, RealtimeMcpListTools._required, errs)
            if o.type != "mcp_list_tools":  # another kind: refused in both modes
                check_kind(o, "mcp_list_tools", errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


@model
class RealtimeMcpToolCall(RealtimeConversationItem):
    """A call of an MCP tool: its arguments, and its output or error."""

    id: Maybe[str] = UNSET
    type: Maybe[str] = UNSET
    server_label: Maybe[str] = UNSET
    name: Maybe[str] = UNSET
    arguments: Maybe[str] = UNSET
    """The arguments as JSON text, kept as text."""
    approval_request_id: Maybe[str] = UNSET
    output: Maybe[str] = UNSET
    error: Maybe[RealtimeMcpError] = UNSET
    """A :class:`RealtimeMcpProtocolError`, :class:`RealtimeMcpToolExecutionError` or
    :class:`RealtimeMcphttpError` (or an unknown kind)."""
    extra: Dict[str, Any] = field(default_factory=dict)
    """Keys the model does not know, with their values."""

    _kind = "mcp_call"
    _wire = ("id", "type", "server_label", "name", "arguments", "approval_request_id", "output", "error")
    _nullable = ("approval_request_id", "output", "error")
    _required = ("type", "id", "server_label", "name", "arguments")

    def _dump(self) -> Dict[str, Any]:
        order = self._order  # not None: the template of the order the keys came in
        d: Dict[str, Any] = {} if order is None else order.copy()
        v: object = self.id
        if v is not UNSET:
            d["id"] = v
        v = self.type
        if v is not UNSET:
            d["type"] = v
        v = self.server_label
        if v is not UNSET:
            d["server_label"] = v
        v = self.name
        if v is not UNSET:
            d["name"] = v
        v = self.arguments
        if v is not UNSET:
            d["arguments"] = v
        v = self.approval_request_id
        if v is not UNSET:
            d["approval_request_id"] = v
        v = self.output
        if v is not UNSET:
            d["output"] = v
        error_ = self.error
        if error_ is not UNSET:
            d["error"] = None if error_ is None else error_._dump()
        if self.extra:
            put_extra(d, self.extra, _KNOWN_REALTIMEMCPTOOLCALL)
        return d if order is None else without_missing(d)

    @classmethod
    def from_dict(cls, data: Any, strict: bool = False) -> RealtimeMcpToolCall:
        """Parse a ``RealtimeMcpToolCall``: see :meth:`Model.from_dict`."""
        try:
            d = data if type(data) is dict else as_object(data)
            errs: Errors = []
            o = new_model(cls)
            x = d.get("id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "id", errs)
            o.id = x
            x = d.get("type", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "type", errs)
            o.type = x
            x = d.get("server_label", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "server_label", errs)
            o.server_label = x
            x = d.get("name", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "name", errs)
            o.name = x
            x = d.get("arguments", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "arguments", errs)
            o.arguments = x
            x = d.get("approval_request_id", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "approval_request_id", errs)
            o.approval_request_id = x
            x = d.get("output", UNSET)
            if type(x) is not str and x is not UNSET:
                x = as_str(x, "output", errs)
            o.output = x
            x = d.get("error", UNSET)
            if x is not UNSET and x is not None:
                try:
                    x = _parse_error(RealtimeMcpError, x, strict)
                except ValidationError as e:
                    errs.extend(prefixed(("error",), e.errors))
                    x = UNSET
            o.error = x
            order = _ORDERS_MCP_TOOL_CALL.get(tuple(d), UNSEEN)
            if order is not UNSEEN:  # keys seen before, every one known
                o.extra = {}
                o._order = order
            else:
                o.extra, o._order = key_order(d, RealtimeMcpToolCall, strict, errs)
            if strict:
                check_strict(o, RealtimeMcpToolCall._rules, errs)
            if strict:
                check_required(d, RealtimeMcpToolCall._required, errs)
            if o.type != "mcp_call":  # another kind: refused in both modes
                check_kind(o, "mcp_call", errs)
            if errs:
                raise ValidationError(errs)
            return o
        except ValidationError:
            raise
        except Exception as e:  # what a hostile object throws from inside dict operations
            raise unreadable(e) from e


_KNOWN_REALTIMEMCPAPPROVALREQUEST = RealtimeMcpApprovalRequest._known
_KNOWN_REALTIMEMCPAPPROVALRESPONSE = RealtimeMcpApprovalResponse._known
_KNOWN_REALTIMEMCPLISTTOOLS = RealtimeMcpListTools._known
_KNOWN_REALTIMEMCPTOOLCALL = RealtimeMcpToolCall._known


add_kinds(
    RealtimeConversationItem,
    RealtimeMcpApprovalRequest,
    RealtimeMcpApprovalResponse,
    RealtimeMcpListTools,
    RealtimeMcpToolCall,
)

# Each class's key-order cache, read as a global: a class attribute costs more to read.
_ORDERS_MCP_APPROVAL_REQUEST = RealtimeMcpApprovalRequest._orders
_ORDERS_MCP_APPROVAL_RESPONSE = RealtimeMcpApprovalResponse._orders
_ORDERS_MCP_LIST_TOOLS = RealtimeMcpListTools._orders
_ORDERS_MCP_TOOL_CALL = RealtimeMcpToolCall._orders
