// The bundled sample report's resource (see CMakeLists.txt): this file only gives the static
// library a source of its own; the resource registers itself when linked.
