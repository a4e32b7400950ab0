import $protobuf from $DEPENDENCY;

// Farhand decision, made here so that it holds before any generated type exists (the prototypes
// below read util.Long for their uint64 defaults): uint64 fields (times in ns, seq, ids) are plain
// JS numbers, in Node and in the browser alike. Without this, Node (which finds the "long" package)
// would decode them to Long objects and a browser bundle might not. Values above
// Number.MAX_SAFE_INTEGER decode approximately, which is fine for times; validation refuses such a
// seq. This sets a process-wide protobufjs option: every static or reflected protobufjs type in the
// same JS realm then reads 64-bit integers as numbers.
$protobuf.util.Long = null;
$protobuf.configure();

$OUTPUT;

export {
  $DEFAULT_EXPORT$root as default
};
