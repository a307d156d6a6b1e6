"""What both protocols send alike, defined once: status details, usage, the server events of the
same type and payload, and the fold engine. Each namespace exports them under its SDK names."""
