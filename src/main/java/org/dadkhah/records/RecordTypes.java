package org.dadkhah.records;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** All record types the modules declare, by path and by singular name. */
@Component
public class RecordTypes {

    private final Map<String, RecordType> byPath = new LinkedHashMap<>();
    private final Map<String, RecordType> byName = new LinkedHashMap<>();

    RecordTypes(List<RecordType> types) {
        for (RecordType type : types) {
            byPath.put(type.path(), type);
            byName.put(type.name(), type);
        }
    }

    public Optional<RecordType> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The type served under {@code path}; answers 404 when there is none. */
    public RecordType require(String path) {
        return byPath(path).or(() -> byName(path)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No record type " + path + "; the record types are " + String.join(", ", byPath.keySet())));
    }

    /** A type by its path ({@code persons}) or its singular name ({@code person}): one spelling works everywhere. */
    public Optional<RecordType> byPathOrName(String spelling) {
        return byPath(spelling).or(() -> byName(spelling));
    }

    public Optional<RecordType> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<RecordType> all() {
        return byPath.values();
    }
}
