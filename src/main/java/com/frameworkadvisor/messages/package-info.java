/** Every UI text comes from messages.properties, formatted without the lock that MessageFormat takes. */
package com.frameworkadvisor.messages;
