package com.minicrm.application.port.in;

import com.minicrm.domain.marketer.Marketer;
import com.minicrm.domain.marketer.SignInPolicy;
import java.util.List;
import java.util.Optional;

/** Lets a person the identity provider vouched for in, if the sign-in policy allows, and remembers them. */
public interface SignInMarketerUseCase {
    /** The marketer as recorded, or empty when the policy does not allow this address. */
    Optional<Marketer> signIn(VerifiedIdentity identity);

    SignInPolicy policy();

    /** Most recently seen first. */
    List<Marketer> recentlySeen(int limit);

    /** What the identity provider says about the person, after it verified the address. */
    record VerifiedIdentity(String email, String name, String pictureUrl) {}
}
