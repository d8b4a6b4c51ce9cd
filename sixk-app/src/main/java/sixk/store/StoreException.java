package sixk.store;

import java.io.IOException;

/** A store or index problem a user can act on, in one line (bad SQL, a store in use, a missing store). */
public class StoreException extends IOException {
    public StoreException(String message) { super(message); }
}
