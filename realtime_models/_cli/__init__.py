"""The command line: ``validate`` and ``replay``, with the protocol detection and the output
handling they share."""
