// Failed type assertions (runtime/iface.go panicdottypeE). == on interface
// values (alg.go efaceeq) is in typealg.c.

#include "internal.h"

void golly_panicdottype(const golly_type *have, const golly_type *want, const golly_type *iface) {
    golly_panic_type_assertion(iface, have, want, (go_string){NULL, 0});
}
