package vn.lienket.portal.users;

/** An account before and after its scope was set: the same when the scope asked for was the one it had. */
public record ScopeChange(UserAccount before, UserAccount after) {

    public boolean changed() {
        return !before.user().equals(after.user());
    }
}
